/* ka-map-view.c — the map: basemap, overlays and the gestures that drive them
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-map-view"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-land-source.h"
#include "ka-map-view.h"
#include "ka-ui-language.h"
#include "ka-online-source.h"
#include "ka-overlay.h"
#include "ka-paint-layer.h"
#include "ka-scale-bar.h"

/* About 96 tiles at scale 1: a 1920×1080 view needs some 50, so the
 * cache holds the view and the zoom level next to it. libshumate's map
 * layer keeps its own, smaller cache of the tiles it shows. */
#define TILE_CACHE_BUDGET (24 * 1024 * 1024)
#define PAN_STEP_PX 120.0
#define YEAR_FADE_MS 280
/* A selected island closer than this to the edge is brought into view. */
#define REVEAL_MARGIN_PX 48.0
/* The scale bar's distance from the map's bottom-left corner, as
 * libshumate's own controls keep from theirs. */
#define SCALE_BAR_MARGIN 6

struct _KaMapView
{
  GtkWidget parent_instance;

  /* Owned */
  ShumateSimpleMap *simple_map;
  GtkWidget *scale_bar;
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  KaState *state;
  GSignalGroup *state_signals;
  AdwAnimation *year_fade;
  GArray *reserved;
  KaTileCache *tile_cache;
  KaOnlineSource *online_source;
  GArray *placed_labels;

  /* Borrowed */
  ShumateMap *map;
  ShumateViewport *viewport;
  KaPaintLayer *overlay_layer;

  /* The year fade: the layer it ends on and the one it starts from. */
  guint year_index;
  guint previous_year_index;
  double year_progress;
  double bottom_inset;

  KaBox pending_frame;
  gboolean has_pending_frame;
  gboolean online_failure_reported;
  /* The viewport moved and no frame has been laid out since: the tiles
   * it needs may not even have been asked for yet. */
  gboolean viewport_moved;
  gboolean legend_hidden;
  /* What the legend said when the overlays were last painted. */
  char *legend_text;
  guint legend_changed_id;
  gulong after_paint_id;
  gulong xft_dpi_id;
};

G_DEFINE_FINAL_TYPE (KaMapView, ka_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  ONLINE_FAILED,
  LEGEND_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void add_overlay_layers (KaMapView *self);

static gboolean
is_online (KaMapView *self)
{
  return self->state != NULL && ka_state_get_basemap (self->state) == KA_BASEMAP_ONLINE;
}

static gboolean
uses_cairo_renderer (KaMapView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

static void
on_online_tile_failed (KaMapView    *self,
                       const GError *error,
                       KaOnlineSource *source)
{
  /* One report per switch to the online map, not one per tile. */
  if (!is_online (self) || self->online_failure_reported)
    return;

  self->online_failure_reported = TRUE;
  g_signal_emit (self, signals[ONLINE_FAILED], 0, error->message);
}

/* Only the online choice touches the network, and only when chosen; and
 * libshumate's registry makes every source it knows, each with its own
 * HTTP session, which took 1.5 % of the start's main thread before the
 * first frame, that draws offline tiles: so it is made when first asked
 * for. */
static KaOnlineSource *
ensure_online_source (KaMapView *self)
{
  g_autoptr(ShumateMapSourceRegistry) registry = NULL;
  ShumateMapSource *osm;

  if (self->online_source != NULL)
    return self->online_source;

  registry = shumate_map_source_registry_new_with_defaults ();
  osm = shumate_map_source_registry_get_by_id (registry, SHUMATE_MAP_SOURCE_OSM_MAPNIK);
  if (osm != NULL)
    {
      self->online_source = ka_online_source_new (osm);
      g_signal_connect_object (self->online_source, "tile-failed",
                               G_CALLBACK (on_online_tile_failed), self,
                               G_CONNECT_SWAPPED);
    }

  return self->online_source;
}

static void
update_map_source (KaMapView *self)
{
  g_autoptr(ShumateMapSource) source = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  guint scale;

  if (is_online (self) && ensure_online_source (self) != NULL)
    {
      source = g_object_ref (SHUMATE_MAP_SOURCE (self->online_source));
    }
  else if (self->renderer != NULL)
    {
      scale = MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      source = SHUMATE_MAP_SOURCE (ka_land_source_new (self->renderer, self->tile_cache,
                                                       adw_style_manager_get_dark (style),
                                                       adw_style_manager_get_high_contrast (style),
                                                       scale, uses_cairo_renderer (self)));
    }
  else
    {
      return;
    }

  shumate_simple_map_set_map_source (self->simple_map, source);

  /* The first tile layer goes on top of whatever the map holds; later
   * ones replace it in place. Overlays go in after it, so above it. */
  if (self->overlay_layer == NULL)
    add_overlay_layers (self);
}

static void
queue_overlays (KaMapView *self)
{
  if (self->overlay_layer != NULL)
    ka_paint_layer_invalidate (self->overlay_layer);
}

static KaOverlayScene
build_scene (KaMapView             *self,
             KaCanvas              *canvas,
             const KaViewTransform *transform)
{
  return (KaOverlayScene) {
    .canvas = canvas,
    .reserved = (const KaBox *) self->reserved->data,
    .n_reserved = self->reserved->len,
    .transform = *transform,
    .scale = 1.0,
    .text_scale = ka_map_view_get_label_scale (self),
    .islands = ka_atlas_get_islands (self->atlas),
    .boundaries = ka_atlas_get_boundaries (self->atlas),
    .year_index = self->year_index,
    .previous_year_index = self->previous_year_index,
    .year_progress = self->year_progress,
    .compare_years = ka_state_get_compare_years (self->state),
    .selected_island = ka_state_get_selected_island (self->state),
    .selected_islands = ka_state_get_selected_islands (self->state),
    .naming = ka_state_get_naming (self->state),
    .native_names = ka_state_get_native_names (self->state),
    .ui_language = ka_ui_language_get (),
    .dark = adw_style_manager_get_dark (adw_style_manager_get_default ()),
    .high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ()),
    .cache_text = TRUE,
  };
}

/* The widgets libshumate puts over the map, which labels keep out of. */
static void
collect_reserved (KaMapView *self)
{
  GtkWidget *widgets[] = {
    self->scale_bar,
    GTK_WIDGET (shumate_simple_map_get_license (self->simple_map)),
    GTK_WIDGET (shumate_simple_map_get_compass (self->simple_map)),
    NULL,
  };
  graphene_rect_t bounds;

  g_array_set_size (self->reserved, 0);

  for (guint i = 0; widgets[i] != NULL; i++)
    if (gtk_widget_get_visible (widgets[i]) &&
        gtk_widget_compute_bounds (widgets[i], GTK_WIDGET (self), &bounds))
      {
        KaBox box = { bounds.origin.x, bounds.origin.y,
                      bounds.origin.x + bounds.size.width, bounds.origin.y + bounds.size.height };

        g_array_append_val (self->reserved, box);
      }

  if (self->bottom_inset > 0)
    {
      double height = gtk_widget_get_height (GTK_WIDGET (self));
      KaBox box = { 0, height - self->bottom_inset, gtk_widget_get_width (GTK_WIDGET (self)), height };

      g_array_append_val (self->reserved, box);
    }

  /* The zoom buttons sit in the top right corner of the simple map. */
  if (shumate_simple_map_get_show_zoom_buttons (self->simple_map))
    {
      double width = gtk_widget_get_width (GTK_WIDGET (self));
      KaBox box = { width - 64, 0, width, 80 };

      g_array_append_val (self->reserved, box);
    }
}

/* What is fixed to the map, in order: fills, the selection, the lines.
 * The paint layer may move this with the map for a few frames. */
static void
paint_base (KaPaintLayer          *layer,
            KaCanvas              *canvas,
            const KaViewTransform *transform,
            gpointer               user_data)
{
  KaMapView *self = user_data;
  KaOverlayScene scene;

  if (self->atlas == NULL || self->state == NULL)
    return;

  scene = build_scene (self, canvas, transform);

  /* Over online tiles too: the fills are translucent, and they are what
   * the legend explains. */
  ka_overlay_paint_fills (&scene, NULL);
  ka_overlay_paint_selection (&scene, NULL);
  ka_overlay_paint_boundaries (&scene, NULL);
}

static gboolean
emit_legend_changed (gpointer data)
{
  KaMapView *self = data;

  self->legend_changed_id = 0;
  g_signal_emit (self, signals[LEGEND_CHANGED], 0);

  return G_SOURCE_REMOVE;
}

/* Tells whoever shows the legend elsewhere (the caption strip) that what
 * it says has changed: the year, the selection, a town in view. */
static void
notice_legend (KaMapView            *self,
               const KaOverlayScene *scene)
{
  g_autofree char *text = ka_overlay_dup_legend_text (scene);

  if (g_strcmp0 (text, self->legend_text) == 0)
    return;

  g_free (self->legend_text);
  self->legend_text = g_steal_pointer (&text);
  /* Not now, while the map is being drawn: what it tells may resize
   * widgets of the map, which GTK is drawing too. */
  if (self->legend_changed_id == 0)
    self->legend_changed_id = g_idle_add (emit_legend_changed, self);
}

/* What is placed for each view, over the rest: labels and the legend. */
static void
paint_top (KaPaintLayer          *layer,
           KaCanvas              *canvas,
           const KaViewTransform *transform,
           gpointer               user_data)
{
  KaMapView *self = user_data;
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (layer));
  KaOverlayScene scene;

  if (self->atlas == NULL || self->state == NULL)
    return;

  collect_reserved (self);
  scene = build_scene (self, canvas, transform);
  g_array_set_size (self->placed_labels, 0);
  scene.placed_labels = self->placed_labels;

  ka_overlay_paint_labels (&scene, NULL, context);
  /* A legend the map does not draw may be shown elsewhere (the caption
   * strip): only then is what it says followed, each repaint. */
  if (!self->legend_hidden)
    ka_overlay_paint_legend (&scene, NULL, context);
  else
    notice_legend (self, &scene);
}

static void
add_overlay_layers (KaMapView *self)
{
  self->overlay_layer = ka_paint_layer_new (self->viewport, "overlays", paint_base, paint_top, self);
  shumate_simple_map_add_overlay_layer (self->simple_map, SHUMATE_LAYER (self->overlay_layer));
}

static void
set_year_progress (double     value,
                   KaMapView *self)
{
  self->year_progress = value;
  queue_overlays (self);
}

static void
on_year_changed (KaMapView *self)
{
  guint index = ka_year_index (ka_state_get_year (self->state));

  if (index == self->year_index)
    return;

  /* Fade the fills from where they are now, even mid-fade. */
  self->previous_year_index = self->year_progress < 0.5 ? self->previous_year_index : self->year_index;
  self->year_index = index;
  self->year_progress = 0.0;
  adw_animation_reset (self->year_fade);
  adw_animation_play (self->year_fade);

  queue_overlays (self);
}

static void
on_selected_island_changed (KaMapView *self)
{
  const char *island_id = ka_state_get_selected_island (self->state);
  KaIsland *island = NULL;

  if (self->atlas != NULL && island_id != NULL)
    island = ka_island_set_lookup (ka_atlas_get_islands (self->atlas), island_id);

  if (island != NULL)
    {
      g_autofree char *description = NULL;

      ka_map_view_reveal_island (self, island);

      /* What a screen reader says of the map now. */
      /* Translators: the accessible description of the map, e.g. "Iturup selected" */
      description = g_strdup_printf (_("%s selected"),
                                     ka_state_get_island_name (self->state, island));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  queue_overlays (self);
}

static void
on_basemap_changed (KaMapView *self)
{
  self->online_failure_reported = FALSE;
  update_map_source (self);
  queue_overlays (self);
}

/* What the map redraws, and what else it does, as the state changes.
 * Labels grow with the label size, and further while presenting. */
static const struct {
  const char *signal;
  GCallback handler;
} state_handlers[] = {
  { "notify::year", G_CALLBACK (on_year_changed) },
  { "notify::selected-island", G_CALLBACK (on_selected_island_changed) },
  { "notify::selected-islands", G_CALLBACK (queue_overlays) },
  { "notify::basemap", G_CALLBACK (on_basemap_changed) },
  { "notify::compare-years", G_CALLBACK (queue_overlays) },
  { "notify::naming", G_CALLBACK (queue_overlays) },
  { "notify::native-names", G_CALLBACK (queue_overlays) },
  { "notify::label-size", G_CALLBACK (queue_overlays) },
  { "notify::presenting", G_CALLBACK (queue_overlays) },
};

KaIsland *
ka_map_view_island_at (KaMapView *self,
                       double     x,
                       double     y)
{
  KaViewTransform transform;
  double lon, lat, lon_near, lat_near;

  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  if (self->atlas == NULL)
    return NULL;

  transform = ka_view_transform_from_viewport (self->viewport,
                                               gtk_widget_get_width (GTK_WIDGET (self)),
                                               gtk_widget_get_height (GTK_WIDGET (self)));
  ka_view_transform_pixels_to_lonlat (&transform, x, y, &lon, &lat);
  ka_view_transform_pixels_to_lonlat (&transform, x + KA_HIT_TOLERANCE_PX, y + KA_HIT_TOLERANCE_PX,
                                      &lon_near, &lat_near);

  return ka_island_set_hit_test (ka_atlas_get_islands (self->atlas), lon, lat,
                                 fabs (lon_near - lon), fabs (lat - lat_near));
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   KaMapView       *self)
{
  KaIsland *island;

  /* The second click of a double click zooms; the first one selected. */
  if (n_press != 1)
    return;

  island = ka_map_view_island_at (self, x, y);
  if (self->state != NULL)
    ka_state_set_selected_island (self->state, island ? ka_island_get_id (island) : NULL);
}

void
ka_map_view_reveal_island (KaMapView *self,
                           KaIsland  *island)
{
  KaViewTransform transform;
  KaPoint label;
  double x, y;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (island == NULL || width <= 0)
    return;

  transform = ka_view_transform_from_viewport (self->viewport, width, height);
  label = ka_island_get_label (island);
  ka_view_transform_lonlat_to_pixels (&transform, label.x, label.y, &x, &y);

  if (x >= REVEAL_MARGIN_PX && x <= width - REVEAL_MARGIN_PX &&
      y >= REVEAL_MARGIN_PX && y <= height - REVEAL_MARGIN_PX)
    return;

  shumate_map_go_to_full (self->map, label.y, label.x, shumate_viewport_get_zoom_level (self->viewport));
}

/* The zoom at which @lonlat_box just fits the view. */
double
ka_map_view_zoom_for_box (KaMapView   *self,
                          const KaBox *lonlat_box)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), 5.0);

  return ka_view_transform_zoom_for_box (lonlat_box,
                                         gtk_widget_get_width (GTK_WIDGET (self)),
                                         gtk_widget_get_height (GTK_WIDGET (self)));
}

/* Where the map must go for @box to fill the view above the bottom
 * inset, which something covers (the caption strip, when presenting). */
static void
frame_target (KaMapView   *self,
              const KaBox *box,
              double       width,
              double       height,
              double      *lat,
              double      *lon,
              double      *zoom)
{
  double inset = MIN (self->bottom_inset, height / 2);
  /* Centre in Mercator so the box is centred as drawn, not as numbers. */
  double centre_y = (ka_geo_lat_to_mercator_y (box->min_y) + ka_geo_lat_to_mercator_y (box->max_y)) / 2.0;

  *zoom = ka_view_transform_zoom_for_box (box, width, height - inset);
  *lat = ka_geo_mercator_y_to_lat (centre_y + inset / 2.0 / (256.0 * exp2 (*zoom)));
  *lon = (box->min_x + box->max_x) / 2.0;
}

static void
apply_frame (KaMapView   *self,
             const KaBox *box,
             double       width,
             double       height,
             gboolean     animate)
{
  double zoom, centre_lat, centre_lon;

  frame_target (self, box, width, height, &centre_lat, &centre_lon, &zoom);

  if (animate)
    {
      shumate_map_go_to_full (self->map, centre_lat, centre_lon, zoom);
    }
  else
    {
      shumate_map_stop_go_to (self->map);
      shumate_viewport_set_zoom_level (self->viewport, zoom);
      shumate_map_center_on (self->map, centre_lat, centre_lon);
    }
}

void
ka_map_view_frame (KaMapView   *self,
                   const KaBox *lonlat_box,
                   gboolean     animate)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  /* Before the first allocation the size, and so the zoom, is unknown. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      self->pending_frame = *lonlat_box;
      self->has_pending_frame = TRUE;
      return;
    }

  apply_frame (self, lonlat_box,
               gtk_widget_get_width (GTK_WIDGET (self)),
               gtk_widget_get_height (GTK_WIDGET (self)),
               animate);
}

static void
ka_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (KA_MAP_VIEW (widget)->simple_map), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Not a layout manager: the first allocation is also when the home view
 * can be framed, since only then is the size known. */
static void
ka_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KaMapView *self = KA_MAP_VIEW (widget);

  /* Move the viewport before the map is allocated, so its layers lay
   * out for the framed view in this same pass. */
  if (self->has_pending_frame && width > 0 && height > 0)
    {
      self->has_pending_frame = FALSE;
      apply_frame (self, &self->pending_frame, width, height, FALSE);
    }

  gtk_widget_allocate (GTK_WIDGET (self->simple_map), width, height, baseline, NULL);
  /* Its alignment and margins place it in the bottom corner. */
  gtk_widget_allocate (self->scale_bar, width, height, -1, NULL);
}

/* A whole zoom level a key press, about the centre: libshumate's own
 * zoom_in() moves by a fifth of a level, too little for a keyboard. */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KaMapView *self = KA_MAP_VIEW (widget);
  double step = g_str_equal (action_name, "map.zoom-in") ? 1.0 : -1.0;
  double zoom = round (shumate_viewport_get_zoom_level (self->viewport) + step);

  zoom = CLAMP (zoom, KA_MIN_ZOOM, KA_MAX_ZOOM);
  shumate_map_go_to_full_with_duration (self->map,
                                        shumate_location_get_latitude (SHUMATE_LOCATION (self->viewport)),
                                        shumate_location_get_longitude (SHUMATE_LOCATION (self->viewport)),
                                        zoom, 250);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KaMapView *self = KA_MAP_VIEW (widget);
  double dx, dy, lat, lon;

  g_variant_get (parameter, "(dd)", &dx, &dy);

  shumate_viewport_widget_coords_to_location (self->viewport, widget,
                                              gtk_widget_get_width (widget) / 2.0 + dx * PAN_STEP_PX,
                                              gtk_widget_get_height (widget) / 2.0 + dy * PAN_STEP_PX,
                                              &lat, &lon);
  shumate_map_go_to_full_with_duration (self->map, lat, lon,
                                        shumate_viewport_get_zoom_level (self->viewport), 150);
}

static void
frame_home_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KaBox home = KA_FRAME_BOX;

  ka_map_view_frame (KA_MAP_VIEW (widget), &home, TRUE);
}

/* Style and scale are baked into offline tiles, so either change swaps the source. */
static void
on_style_or_scale_changed (KaMapView *self)
{
  update_map_source (self);
  queue_overlays (self);
}

static void
on_viewport_moved (KaMapView *self)
{
  self->viewport_moved = TRUE;
}

#if SHUMATE_CHECK_VERSION (1, 1, 0)
/* libshumate 1.1 puts off asking for a map layer's tiles while the view
 * moves fast, and a new layer's first look at the view always finds it
 * moving (from nowhere); it looks again on the next frame, but when that
 * frame has the time the first look was given, it finds nothing changed,
 * still puts them off and never looks again until the view moves: after
 * a change of style the map stayed blank until panned. So until the new
 * source has been asked for tiles, each frame has the layer laid out
 * again, which makes it look again. Remove once ShumateMapLayer's
 * should_defer() no longer stalls (it does up to 1.4 at least). */
static void
relayout_stalled_layer (KaMapView *self)
{
  ShumateMapSource *source = shumate_simple_map_get_map_source (self->simple_map);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && KA_IS_LAND_SOURCE (source) &&
      ka_land_source_get_n_requested (KA_LAND_SOURCE (source)) == 0)
    gtk_widget_queue_allocate (GTK_WIDGET (shumate_simple_map_get_base_map_layer (self->simple_map)));
}
#endif

/* By the end of a frame the map layer has laid out its tiles and asked
 * for the ones it lacks (libshumate 1.0), or has queued the asking for
 * right after the frame (1.1 and later). */
static void
on_after_paint (KaMapView *self)
{
  self->viewport_moved = FALSE;
#if SHUMATE_CHECK_VERSION (1, 1, 0)
  relayout_stalled_layer (self);
#endif
}

static void
ka_map_view_realize (GtkWidget *widget)
{
  KaMapView *self = KA_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (ka_map_view_parent_class)->realize (widget);

  self->after_paint_id = g_signal_connect_swapped (gtk_widget_get_frame_clock (widget), "after-paint",
                                                   G_CALLBACK (on_after_paint), self);
  /* Labels follow the system's text scaling, live. */
  self->xft_dpi_id = g_signal_connect_swapped (gtk_widget_get_settings (widget), "notify::gtk-xft-dpi",
                                               G_CALLBACK (queue_overlays), self);

  /* Only now is the renderer known, and tiles are made for it. */
  update_map_source (self);
}

static void
ka_map_view_unrealize (GtkWidget *widget)
{
  KaMapView *self = KA_MAP_VIEW (widget);

  g_clear_signal_handler (&self->after_paint_id, gtk_widget_get_frame_clock (widget));
  g_clear_signal_handler (&self->xft_dpi_id, gtk_widget_get_settings (widget));

  GTK_WIDGET_CLASS (ka_map_view_parent_class)->unrealize (widget);
}

static void
ka_map_view_unroot (GtkWidget *widget)
{
  KaMapView *self = KA_MAP_VIEW (widget);

  /* GTK drops the layers' Pango contexts on unroot, and the label layouts
   * cached on one hold it: drop them first, or both are lost. */
  if (self->overlay_layer != NULL)
    ka_overlay_forget_layouts (gtk_widget_get_pango_context (GTK_WIDGET (self->overlay_layer)));

  GTK_WIDGET_CLASS (ka_map_view_parent_class)->unroot (widget);
}

static void
ka_map_view_dispose (GObject *object)
{
  KaMapView *self = (KaMapView *)object;
  GtkWidget *child;

  /* Stop the fade first: its last step still draws on the layers. */
  if (self->year_fade != NULL)
    adw_animation_skip (self->year_fade);
  g_clear_object (&self->year_fade);

  self->overlay_layer = NULL;
  g_clear_handle_id (&self->legend_changed_id, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  self->simple_map = NULL;
  self->scale_bar = NULL;
  self->map = NULL;
  self->viewport = NULL;
  g_clear_object (&self->online_source);
  g_signal_group_set_target (self->state_signals, NULL);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (ka_map_view_parent_class)->dispose (object);
}

static void
ka_map_view_finalize (GObject *object)
{
  KaMapView *self = (KaMapView *)object;

  g_clear_pointer (&self->renderer, ka_tile_renderer_unref);
  g_clear_pointer (&self->atlas, ka_atlas_unref);
  g_clear_object (&self->state_signals);
  g_clear_pointer (&self->reserved, g_array_unref);
  g_clear_pointer (&self->placed_labels, g_array_unref);
  g_clear_pointer (&self->legend_text, g_free);
  g_clear_object (&self->tile_cache);

  G_OBJECT_CLASS (ka_map_view_parent_class)->finalize (object);
}

static void
ka_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KaMapView *self = KA_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KaMapView *self = KA_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      ka_map_view_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_map_view_class_init (KaMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_map_view_dispose;
  object_class->finalize = ka_map_view_finalize;
  object_class->get_property = ka_map_view_get_property;
  object_class->set_property = ka_map_view_set_property;

  widget_class->measure = ka_map_view_measure;
  widget_class->size_allocate = ka_map_view_size_allocate;
  widget_class->realize = ka_map_view_realize;
  widget_class->unrealize = ka_map_view_unrealize;
  widget_class->unroot = ka_map_view_unroot;

  /* What the map shows: it observes the state and keeps no copy of it. */
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         KA_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KaMapView::online-failed:
   * @message: why the online tiles could not be had
   */
  signals[ONLINE_FAILED] =
    g_signal_new ("online-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * KaMapView::legend-changed:
   *
   * What the legend says has changed, whether or not the map draws it.
   */
  signals[LEGEND_CHANGED] =
    g_signal_new ("legend-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(dd)", pan_action);
  gtk_widget_class_install_action (widget_class, "map.frame-home", NULL, frame_home_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "map.pan", "(dd)", -1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "map.pan", "(dd)", 1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "map.pan", "(dd)", 0.0, -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "map.pan", "(dd)", 0.0, 1.0);

  gtk_widget_class_set_css_name (widget_class, "ka-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
name_button (GtkWidget  *button,
             const char *name)
{
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* libshumate 1.0's zoom buttons show only an icon and a tooltip, which
 * GTK 4.8 does not hand to screen readers as a name, and the tooltip is
 * in English where libshumate has no translation: name them ourselves. */
static void
name_zoom_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *icon = gtk_widget_get_first_child (child);
      const char *icon_name = GTK_IS_BUTTON (child) && GTK_IS_IMAGE (icon) ? gtk_image_get_icon_name (GTK_IMAGE (icon)) : NULL;

      if (g_strcmp0 (icon_name, "zoom-in-symbolic") == 0)
        name_button (child, _("Zoom In"));
      else if (g_strcmp0 (icon_name, "zoom-out-symbolic") == 0)
        name_button (child, _("Zoom Out"));
      else
        name_zoom_buttons (child);
    }
}

static void
ka_map_view_init (KaMapView *self)
{
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of Hokkaido, Sakhalin and the Kuril Islands"),
                                  -1);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  self->tile_cache = ka_tile_cache_new (TILE_CACHE_BUDGET);
  self->reserved = g_array_new (FALSE, FALSE, sizeof (KaBox));
  self->placed_labels = ka_placed_labels_new ();

  self->simple_map = shumate_simple_map_new ();
  gtk_widget_set_parent (GTK_WIDGET (self->simple_map), GTK_WIDGET (self));
  name_zoom_buttons (GTK_WIDGET (self->simple_map));
  self->map = shumate_simple_map_get_map (self->simple_map);
  /* libshumate 1.1 made its map focusable, with keys of its own: the map
   * view is the one focus stop, named, with the atlas's keys, so Tab does
   * not stop again on an unnamed map inside it. */
  gtk_widget_set_focusable (GTK_WIDGET (self->map), FALSE);
  self->viewport = shumate_simple_map_get_viewport (self->simple_map);
  /* The atlas's own scale bar speaks the UI's language. */
  gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_scale (self->simple_map)), FALSE);
  self->scale_bar = ka_scale_bar_new (self->viewport);
  gtk_widget_set_margin_start (self->scale_bar, SCALE_BAR_MARGIN);
  gtk_widget_set_margin_bottom (self->scale_bar, SCALE_BAR_MARGIN);
  gtk_widget_set_parent (self->scale_bar, GTK_WIDGET (self));
  shumate_viewport_set_min_zoom_level (self->viewport, KA_MIN_ZOOM);
  shumate_viewport_set_max_zoom_level (self->viewport, KA_MAX_ZOOM);
  shumate_map_set_animate_zoom (self->map, TRUE);

  self->year_index = KA_N_YEARS - 1;
  self->previous_year_index = self->year_index;
  self->year_progress = 1.0;
  self->year_fade = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, YEAR_FADE_MS,
                                             adw_callback_animation_target_new ((AdwAnimationTargetFunc) set_year_progress,
                                                                                self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->year_fade), ADW_EASE_OUT_CUBIC);

  self->state_signals = g_signal_group_new (KA_TYPE_STATE);
  for (guint i = 0; i < G_N_ELEMENTS (state_handlers); i++)
    g_signal_group_connect_swapped (self->state_signals, state_handlers[i].signal,
                                    state_handlers[i].handler, self);

  self->viewport_moved = TRUE;
  g_signal_connect_object (self->viewport, "notify", G_CALLBACK (on_viewport_moved),
                           self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  /* Capture, and never claim: the map's own drag and double-click
   * gestures still see every press. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_or_scale_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_style_or_scale_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self, "notify::scale-factor",
                            G_CALLBACK (on_style_or_scale_changed), self);
}

GtkWidget *
ka_map_view_new (void)
{
  return g_object_new (KA_TYPE_MAP_VIEW, NULL);
}

/**
 * ka_map_view_set_atlas:
 * @atlas: the islands and boundaries drawn over the map
 * @renderer: draws the offline basemap
 *
 * Both come from the application, which loads the data once and shares it
 * between windows.
 */
void
ka_map_view_set_atlas (KaMapView      *self,
                       KaAtlas        *atlas,
                       KaTileRenderer *renderer)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (self->atlas != atlas)
    {
      g_clear_pointer (&self->atlas, ka_atlas_unref);
      self->atlas = atlas ? ka_atlas_ref (atlas) : NULL;
      queue_overlays (self);
    }

  if (self->renderer != renderer)
    {
      g_clear_pointer (&self->renderer, ka_tile_renderer_unref);
      self->renderer = renderer ? ka_tile_renderer_ref (renderer) : NULL;
      update_map_source (self);
    }
}

/**
 * ka_map_view_set_state:
 * @state: what the map shows
 *
 * The map follows @state from now on, and a click on it selects in @state.
 */
void
ka_map_view_set_state (KaMapView *self,
                       KaState   *state)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));
  g_return_if_fail (state == NULL || KA_IS_STATE (state));

  if (!g_set_object (&self->state, state))
    return;

  g_signal_group_set_target (self->state_signals, state);
  if (state != NULL)
    {
      self->year_index = self->previous_year_index = ka_year_index (ka_state_get_year (state));
      self->year_progress = 1.0;
      on_selected_island_changed (self);
      update_map_source (self);
    }
  queue_overlays (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

KaState *
ka_map_view_get_state (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  return self->state;
}

/**
 * ka_map_view_get_label_scale:
 *
 * How much larger than their own sizes the labels are drawn: the state's
 * text scale, times the system's text scaling (GtkSettings:gtk-xft-dpi,
 * which GNOME's "Large Text" and font scaling set), as for all other text.
 */
double
ka_map_view_get_label_scale (KaMapView *self)
{
  int dpi = 0;

  g_return_val_if_fail (KA_IS_MAP_VIEW (self), 1.0);

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);

  return (self->state ? ka_state_get_text_scale (self->state) : 1.0) *
         (dpi > 0 ? dpi / (96.0 * 1024.0) : 1.0);
}

ShumateMap *
ka_map_view_get_map (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  return self->map;
}

ShumateViewport *
ka_map_view_get_viewport (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  return self->viewport;
}

ShumateSimpleMap *
ka_map_view_get_simple_map (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  return self->simple_map;
}

GtkWidget *
ka_map_view_get_scale_bar (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  return self->scale_bar;
}

/**
 * ka_map_view_is_fully_drawn:
 *
 * Whether every tile the offline map needs for the current view has been
 * drawn and handed to the map, so that the next frame shows a complete map.
 */
gboolean
ka_map_view_is_fully_drawn (KaMapView *self)
{
  ShumateMapSource *source;

  g_return_val_if_fail (KA_IS_MAP_VIEW (self), FALSE);

  source = shumate_simple_map_get_map_source (self->simple_map);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || self->viewport_moved || !KA_IS_LAND_SOURCE (source))
    return FALSE;

  return ka_land_source_get_n_requested (KA_LAND_SOURCE (source)) > 0 &&
         ka_land_source_get_n_pending (KA_LAND_SOURCE (source)) == 0;
}

gboolean
ka_map_view_get_overlays_visible (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), FALSE);

  return self->overlay_layer != NULL && gtk_widget_get_visible (GTK_WIDGET (self->overlay_layer));
}

/**
 * ka_map_view_set_overlays_visible:
 *
 * Shows or hides the islands, boundaries, labels and legend, leaving the
 * bare basemap: what the benchmark compares the overlays against.
 */
void
ka_map_view_set_overlays_visible (KaMapView *self,
                                  gboolean   visible)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (self->overlay_layer != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->overlay_layer), visible);
}

/**
 * ka_map_view_paint_legend_strip:
 * @cr: (nullable): where to draw, or %NULL to measure
 * @width: the width to wrap to
 *
 * The legend of the map as it is now, as a run of entries for a strip of
 * light text on dark: the caption strip shows it while presenting, in
 * place of the map's own.
 *
 * Returns: its height
 */
double
ka_map_view_paint_legend_strip (KaMapView    *self,
                                cairo_t      *cr,
                                PangoContext *context,
                                double        width)
{
  KaViewTransform transform;
  KaOverlayScene scene;

  g_return_val_if_fail (KA_IS_MAP_VIEW (self), 0);

  if (self->atlas == NULL || self->state == NULL)
    return 0;

  transform = ka_view_transform_from_viewport (self->viewport,
                                               gtk_widget_get_width (GTK_WIDGET (self)),
                                               gtk_widget_get_height (GTK_WIDGET (self)));
  scene = build_scene (self, NULL, &transform);
  /* Measured for a view the map is about to leave, the strip hears when
   * the legend of the view it lands on says otherwise. */
  notice_legend (self, &scene);

  return ka_overlay_paint_legend_strip (&scene, cr, context, width);
}

/**
 * ka_map_view_set_legend_visible:
 *
 * A map too small to read its legend, such as the console's glimpse of
 * the next step, draws the map without it.
 */
void
ka_map_view_set_legend_visible (KaMapView *self,
                                gboolean   visible)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (self->legend_hidden == !visible)
    return;

  self->legend_hidden = !visible;
  queue_overlays (self);
}

/* Moves the map to @lat, @lon at @zoom, animated over @duration_ms. */
void
ka_map_view_go_to (KaMapView *self,
                   double     lat,
                   double     lon,
                   double     zoom,
                   guint      duration_ms)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  zoom = CLAMP (zoom, KA_MIN_ZOOM, KA_MAX_ZOOM);
  shumate_map_go_to_full_with_duration (self->map, lat, lon, zoom, duration_ms);
}

/* Like ka_map_view_frame(), animated over @duration_ms. */
void
ka_map_view_fly_to_box (KaMapView   *self,
                        const KaBox *lonlat_box,
                        guint        duration_ms)
{
  double lat, lon, zoom;

  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      ka_map_view_frame (self, lonlat_box, FALSE);
      return;
    }

  frame_target (self, lonlat_box,
                gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
                &lat, &lon, &zoom);
  ka_map_view_go_to (self, lat, lon, zoom, duration_ms);
}


/**
 * ka_map_view_set_bottom_inset:
 * @inset: pixels at the bottom that something covers
 *
 * Framing keeps what it frames above @inset, and labels keep out of it.
 */
void
ka_map_view_set_bottom_inset (KaMapView *self,
                              double     inset)
{
  g_return_if_fail (KA_IS_MAP_VIEW (self));

  if (self->bottom_inset == MAX (inset, 0))
    return;

  self->bottom_inset = MAX (inset, 0);
  /* The scale bar and the attribution sit at the bottom: they move up
   * out from under whatever covers it. */
  gtk_widget_set_margin_bottom (self->scale_bar, SCALE_BAR_MARGIN + (int) ceil (self->bottom_inset));
  gtk_widget_set_margin_bottom (GTK_WIDGET (shumate_simple_map_get_license (self->simple_map)),
                                (int) ceil (self->bottom_inset));
  queue_overlays (self);
}

double
ka_map_view_get_bottom_inset (KaMapView *self)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), 0);

  return self->bottom_inset;
}

/**
 * ka_map_view_get_placed_labels:
 * @n_labels: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_labels): the labels the map
 * drew last, as the lecture hall sees them.
 */
const KaPlacedLabel *
ka_map_view_get_placed_labels (KaMapView *self,
                               guint     *n_labels)
{
  g_return_val_if_fail (KA_IS_MAP_VIEW (self), NULL);

  *n_labels = self->placed_labels->len;

  return (const KaPlacedLabel *) (gpointer) self->placed_labels->data;
}
