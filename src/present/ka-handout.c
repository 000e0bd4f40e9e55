/* ka-handout.c
 *
 * A handout is what a student takes home from a lecture: each step's map
 * as vectors, its title and caption, and for a step on an island that
 * island's claims as the side panel gives them, with the report's words
 * cited to section and paragraph; then the sources. Speaker notes are
 * the lecturer's, and printed only when asked for.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-handout"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "ka-handout.h"
#include "ka-page-flow.h"
#include "ka-vocabulary.h"

/* The map's picture is laid out as a window of this many pixels would
 * show it, with labels a little larger than the screen's, then drawn to
 * the page's width: labels of about 7 pt, and no more coastline detail
 * than print shows, which keeps the PDF small and quick to write. */
#define MAP_TEXT_SCALE 1.25
#define MAP_WIDTH_PX 1200
#define MAP_HEIGHT_PX 675
#define MAP_SPACE_AFTER 10.0
#define STEP_SPACE_AFTER 14.0

void
ka_handout_options_init (KaHandoutOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (KaHandoutOptions) {
    .paper = KA_PAPER_A4,
    .with_notes = FALSE,
    .naming = KA_NAMING_BOTH,
  };
}

/**
 * ka_paper_get_size:
 * @paper: a paper
 * @width_pt: (out): its width in points, upright
 * @height_pt: (out): its height in points
 */
void
ka_paper_get_size (KaPaper  paper,
                   double  *width_pt,
                   double  *height_pt)
{
  switch (paper)
    {
    case KA_PAPER_LETTER:
      *width_pt = 612.0;   /* 8.5 × 11 in */
      *height_pt = 792.0;
      break;
    case KA_PAPER_A4:
    default:
      *width_pt = 595.276; /* 210 × 297 mm */
      *height_pt = 841.89;
      break;
    }
}

typedef struct
{
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  KaLecture *lecture;
  const KaHandoutOptions *options;
  KaExportProgressFunc progress;
  gpointer progress_data;
} Handout;

static void
add_map (Handout             *handout,
         KaPageFlow          *flow,
         const KaLectureStep *step)
{
  cairo_t *cr = ka_page_flow_get_cr (flow);
  double width = ka_page_flow_get_width (flow);
  double height = width * MAP_HEIGHT_PX / MAP_WIDTH_PX;
  double left = ka_page_flow_get_left (flow);
  double top = ka_page_flow_take (flow, height);
  KaExportView view;

  ka_export_view_init (&view);
  view.naming = handout->options->naming;
  view.width = MAP_WIDTH_PX;
  view.height = MAP_HEIGHT_PX;
  view.text_scale = MAP_TEXT_SCALE;
  ka_export_view_set_step (&view, step, ka_atlas_get_islands (handout->atlas));
  /* Under the map as text, not in a strip on it. */
  view.title = NULL;
  view.caption = NULL;

  cairo_save (cr);
  cairo_translate (cr, left, top);
  cairo_scale (cr, width / view.width, height / view.height);
  cairo_rectangle (cr, 0, 0, view.width, view.height);
  cairo_clip (cr);
  ka_export_view_draw (handout->atlas, handout->renderer, &view, cr);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, left, top, width, height);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);

  ka_page_flow_add_space (flow, MAP_SPACE_AFTER);
}

static void
add_claim (Handout    *handout,
           KaPageFlow *flow,
           KaClaim    *claim)
{
  KaReport *report = ka_atlas_get_report (handout->atlas);
  g_autofree char *status = ka_claim_format_status (claim, FALSE);
  g_autofree char *summary = NULL;

  ka_page_flow_add_text (flow, KA_TEXT_STRONG, status);
  /* Translators: the atlas's own summary of a party's argument, in a handout */
  summary = g_strdup_printf (_("Summary: %s"), ka_claim_get_argument (claim));
  ka_page_flow_add_text (flow, KA_TEXT_BODY, summary);

  for (guint i = 0; i < ka_claim_get_n_passages (claim); i++)
    {
      const KaPassage *passage = ka_claim_get_passage (claim, i);
      g_autofree char *citation = ka_report_format_citation (report, passage->section, passage->paragraph);
      /* Translators: a quotation from the report in a handout */
      g_autofree char *quote = g_strdup_printf (_("“%s”"), passage->quote);
      /* Translators: where in the report a quotation is, e.g.
       * "The report, A Troubled History, ¶3" */
      g_autofree char *where = g_strdup_printf (_("The report, %s"), citation);

      ka_page_flow_add_text (flow, KA_TEXT_QUOTE, quote);
      ka_page_flow_add_text (flow, KA_TEXT_SMALL, where);
    }
}

static void
add_claims (Handout    *handout,
            KaPageFlow *flow,
            KaIsland   *island,
            KaNaming    naming)
{
  KaClaimSet *claims = ka_atlas_get_claims (handout->atlas);
  const char *group = ka_island_group_to_string (ka_island_get_group (island));
  g_autoptr(GPtrArray) found = ka_claim_set_lookup (claims, ka_island_get_id (island), group);
  g_autofree char *heading = NULL;

  if (found->len == 0)
    return;

  /* Translators: a heading in a handout, e.g. "Claims to Iturup / Etorofu" */
  heading = g_strdup_printf (_("Claims to %s"), ka_island_get_name (island, naming));
  ka_page_flow_add_space (flow, 4.0);
  ka_page_flow_add_text (flow, KA_TEXT_HEADING, heading);

  for (guint i = 0; i < found->len; i++)
    add_claim (handout, flow, g_ptr_array_index (found, i));
}

static void
add_step (Handout    *handout,
          KaPageFlow *flow,
          guint       index)
{
  const KaLectureStep *step = ka_lecture_get_step (handout->lecture, index);
  const char *island_id = ka_lecture_step_get_island (step);
  const char *note = ka_lecture_step_get_note (step);
  int naming = ka_lecture_step_get_naming (step);
  /* Translators: over each step of a handout, e.g. "Step 3 of 13" */
  g_autofree char *counter = g_strdup_printf (_("Step %u of %u"), index + 1,
                                              ka_lecture_get_n_steps (handout->lecture));

  /* A step starts on a new page, so that its map and words stay together. */
  ka_page_flow_break (flow);
  ka_page_flow_add_text (flow, KA_TEXT_SMALL, counter);
  ka_page_flow_add_text (flow, KA_TEXT_TITLE, ka_lecture_step_get_title (step));
  add_map (handout, flow, step);
  ka_page_flow_add_text (flow, KA_TEXT_BODY, ka_lecture_step_get_caption (step));

  if (handout->options->with_notes && note != NULL && note[0] != '\0')
    {
      ka_page_flow_add_text (flow, KA_TEXT_HEADING, _("Speaker Note"));
      ka_page_flow_add_text (flow, KA_TEXT_BODY, note);
    }

  if (island_id != NULL)
    add_claims (handout, flow,
                ka_island_set_lookup (ka_atlas_get_islands (handout->atlas), island_id),
                naming >= 0 ? (KaNaming) naming : handout->options->naming);

  ka_page_flow_add_space (flow, STEP_SPACE_AFTER);
}

static void
add_sources (Handout    *handout,
             KaPageFlow *flow)
{
  KaReport *report = ka_atlas_get_report (handout->atlas);
  g_autofree char *report_source = NULL;

  /* Translators: the report the claims cite, in a handout's sources; the
   * title is the report's own */
  report_source = g_strdup_printf (_("The report: John H. Miller, “%s”, Special Assessment, Asia-Pacific "
                                     "Center for Security Studies, October 2004. Approved for public "
                                     "release; distribution unlimited. Quotations are cited by section "
                                     "and paragraph (¶)."),
                                   ka_report_get_title (report));

  ka_page_flow_break (flow);
  ka_page_flow_add_text (flow, KA_TEXT_TITLE, _("Sources and Licences"));
  ka_page_flow_add_text (flow, KA_TEXT_BODY, report_source);
  ka_page_flow_add_text (flow, KA_TEXT_BODY,
                         _("Coastlines: GSHHG, the Global Self-consistent, Hierarchical, High-resolution "
                           "Geography Database, by Paul Wessel and Walter H. F. Smith, under the "
                           "LGPL-3.0."));
  ka_page_flow_add_text (flow, KA_TEXT_BODY,
                         _("Maps, summaries, boundary lines and town names: Kuril Atlas, under the "
                           "GPL-3.0-or-later. The summaries are the atlas’s own words; the quotations "
                           "are the report’s."));
}

static gboolean
write_handout (KaExportWriter  *writer,
               gpointer         user_data,
               GError         **error)
{
  Handout *handout = user_data;
  guint n_steps = ka_lecture_get_n_steps (handout->lecture);
  const char *title = ka_lecture_get_title (handout->lecture);
  double width_pt, height_pt;
  cairo_surface_t *surface;
  g_autoptr(KaPageFlow) flow = NULL;

  ka_paper_get_size (handout->options->paper, &width_pt, &height_pt);
  surface = ka_export_writer_create_pdf (writer, title, width_pt, height_pt);
  flow = ka_page_flow_new (surface, width_pt, height_pt, title);

  for (guint i = 0; i < n_steps && cairo_status (ka_page_flow_get_cr (flow)) == CAIRO_STATUS_SUCCESS; i++)
    {
      if (handout->progress != NULL)
        handout->progress (i, n_steps + 1, handout->progress_data);
      add_step (handout, flow, i);
    }
  add_sources (handout, flow);

  ka_page_flow_finish (flow);

  return ka_export_finish_surface (writer, surface, cairo_reference (ka_page_flow_get_cr (flow)), error);
}

/**
 * ka_handout_export:
 * @atlas: the islands, boundaries, report and claims
 * @renderer: draws the basemaps
 * @lecture: the lecture to hand out
 * @options: the paper, and whether the notes are printed
 * @progress: (nullable): called before each step is laid out
 * @progress_data: for @progress
 * @file: the PDF to write, atomically
 * @error: a #GError naming the file, on failure
 *
 * Returns: whether the handout was written.
 */
gboolean
ka_handout_export (KaAtlas                 *atlas,
                   KaTileRenderer          *renderer,
                   KaLecture               *lecture,
                   const KaHandoutOptions  *options,
                   KaExportProgressFunc     progress,
                   gpointer                 progress_data,
                   GFile                   *file,
                   GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  Handout handout = { atlas, renderer, lecture, options, progress, progress_data };

  g_return_val_if_fail (atlas != NULL, FALSE);
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (lecture != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ka_export_write_atomically (file, write_handout, &handout, &local_error);

  return ka_export_prefix_error (error, g_steal_pointer (&local_error), KA_EXPORT_KIND_HANDOUT, file);
}
