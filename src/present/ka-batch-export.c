/* ka-batch-export.c — what the command line does without a window: lists and exports
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-batch-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ka-batch-export.h"

#define SLUG_MAX_CHARS 40

/**
 * ka_batch_export_list_islands:
 * @atlas: the atlas
 *
 * Returns: (transfer full): the ids --island takes, one a line with the
 *   island's names, in the atlas's order
 */
char *
ka_batch_export_list_islands (KaAtlas *atlas)
{
  KaIslandSet *islands;
  GString *text = g_string_new (NULL);
  int width = 0;

  g_return_val_if_fail (atlas != NULL, NULL);

  islands = ka_atlas_get_islands (atlas);
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    width = MAX (width, (int) strlen (ka_island_get_id (ka_island_set_get_nth (islands, i))));

  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    {
      KaIsland *island = ka_island_set_get_nth (islands, i);

      g_string_append_printf (text, "%-*s  %s\n", width, ka_island_get_id (island),
                              ka_island_get_name (island, KA_NAMING_BOTH));
    }

  return g_string_free (text, FALSE);
}

/* Lower-case ASCII words joined by hyphens, without the year the file
 * name already carries. */
static char *
slugify (const char *title,
         guint       year)
{
  g_autofree char *ascii = g_str_to_ascii (title ? title : "", "C");
  g_autofree char *year_text = g_strdup_printf ("%u", year);
  g_auto(GStrv) words = NULL;
  GString *slug = g_string_new (NULL);

  for (char *p = ascii; *p != '\0'; p++)
    *p = g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : ' ';

  words = g_strsplit (ascii, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0' || (slug->len == 0 && g_str_equal (words[i], year_text)))
        continue;
      if (slug->len > 0 && slug->len + 1 + strlen (words[i]) > SLUG_MAX_CHARS)
        break;
      if (slug->len > 0)
        g_string_append_c (slug, '-');
      g_string_append_len (slug, words[i], MIN (strlen (words[i]), SLUG_MAX_CHARS));
    }

  if (slug->len == 0)
    g_string_append (slug, "step");

  return g_string_free (slug, FALSE);
}

char *
ka_batch_export_step_file_name (const KaLectureStep *step,
                                guint                index,
                                KaExportFormat       format)
{
  guint year = ka_lecture_step_get_year (step);
  g_autofree char *slug = slugify (ka_lecture_step_get_title (step), year);

  return g_strdup_printf ("%02u-%u-%s.%s", index + 1, year, slug, ka_export_format_get_extension (format));
}

static void
view_from_options (KaCommandLine *self,
                   KaExportView  *view)
{
  ka_export_view_init (view);
  view->width = self->width;
  view->height = self->height;
  view->dark = self->dark;
  if (self->naming >= 0)
    view->naming = self->naming;
}

static gboolean
export_view (KaCommandLine  *self,
             KaTileRenderer *renderer,
             GError        **error)
{
  KaExportView view;
  g_autoptr(GError) local_error = NULL;

  view_from_options (self, &view);
  if (self->year != 0)
    view.year = self->year;
  view.compare_years = self->compare_years;
  view.selected_island = self->island;

  /* As a lecture step with an island and no view of its own. */
  if (self->island != NULL)
    view.box = ka_island_get_frame (ka_island_set_lookup (ka_atlas_get_islands (self->atlas), self->island));

  if (!ka_export_view (self->atlas, renderer, &view, self->format, self->export_file, &local_error))
    {
      ka_command_line_set_error (error, local_error, _("kuril-atlas: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Every step on a page of its own, in one PDF. */
static gboolean
export_deck (KaCommandLine  *self,
             KaTileRenderer *renderer,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_steps = ka_lecture_get_n_steps (self->lecture);
  g_autofree KaExportView *views = g_new (KaExportView, n_steps);

  for (guint i = 0; i < n_steps; i++)
    {
      view_from_options (self, &views[i]);
      ka_export_view_set_step (&views[i], ka_lecture_get_step (self->lecture, i), ka_atlas_get_islands (self->atlas));
    }

  if (!ka_export_views_to_pdf (self->atlas, renderer, views, n_steps, ka_lecture_get_title (self->lecture),
                               NULL, NULL, self->export_file, &local_error))
    {
      ka_command_line_set_error (error, local_error, _("kuril-atlas: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
export_handout (KaCommandLine  *self,
                KaTileRenderer *renderer,
                GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  KaHandoutOptions options;

  ka_handout_options_init (&options);
  options.paper = self->paper;
  options.with_notes = self->with_notes;
  if (self->naming >= 0)
    options.naming = self->naming;

  if (!ka_handout_export (self->atlas, renderer, self->lecture, &options, NULL, NULL,
                          self->handout_file, &local_error))
    {
      ka_command_line_set_error (error, local_error, _("kuril-atlas: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
export_lecture (KaCommandLine  *self,
                KaTileRenderer *renderer,
                GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  KaIslandSet *islands = ka_atlas_get_islands (self->atlas);

  if (self->export_dir == NULL)
    return export_deck (self, renderer, error);

  if (!g_file_make_directory_with_parents (self->export_dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (self->export_dir);

      ka_command_line_set_error (error, local_error, _("kuril-atlas: cannot make the folder “%s”: %s"),
                                 name, local_error->message);
      return FALSE;
    }
  g_clear_error (&local_error);

  for (guint i = 0; i < ka_lecture_get_n_steps (self->lecture); i++)
    {
      const KaLectureStep *step = ka_lecture_get_step (self->lecture, i);
      g_autofree char *file_name = ka_batch_export_step_file_name (step, i, self->format);
      g_autoptr(GFile) file = g_file_get_child (self->export_dir, file_name);
      KaExportView view;

      view_from_options (self, &view);
      ka_export_view_set_step (&view, step, islands);

      if (!ka_export_view (self->atlas, renderer, &view, self->format, file, &local_error))
        {
          ka_command_line_set_error (error, local_error, _("kuril-atlas: step %u: %s"),
                                     i + 1, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ka_batch_export_run:
 * @self: checked options whose action is headless
 * @error: the error of what failed, with a message that starts "kuril-atlas: "
 *
 * Does what the options ask that needs no window: lists the islands on
 * standard output, or exports the view, every step of the lecture (to a
 * folder or as one PDF) or a handout of it.
 * Creates no window and needs no display.
 *
 * Returns: the exit status: 0 on success, 1 on failure
 */
int
ka_batch_export_run (KaCommandLine  *self,
                     GError        **error)
{
  g_autoptr(KaTileRenderer) renderer = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (self != NULL, 1);
  g_return_val_if_fail (ka_command_line_is_headless (self), 1);

  if (!ka_command_line_ensure_atlas (self, error))
    return 1;

  if (self->action == KA_COMMAND_LINE_LIST_ISLANDS)
    {
      g_autofree char *text = ka_batch_export_list_islands (self->atlas);

      g_print ("%s", text);
      return 0;
    }

  renderer = ka_tile_renderer_new (ka_atlas_get_coastline (self->atlas));

  if (self->action == KA_COMMAND_LINE_EXPORT)
    ok = export_view (self, renderer, error);
  else if (self->action == KA_COMMAND_LINE_EXPORT_LECTURE)
    ok = export_lecture (self, renderer, error);
  else if (self->action == KA_COMMAND_LINE_EXPORT_HANDOUT)
    ok = export_handout (self, renderer, error);

  return ok ? 0 : 1;
}
