/* ka-renderer-environment.c — what GDK needs to know before it opens a display
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-renderer-environment"

#include "config.h"

#include <gtk/gtk.h>

#include "ka-renderer-environment.h"

/**
 * ka_renderer_environment_prepare:
 *
 * Called first thing in main(), before GTK opens the display.
 *
 * When the cairo renderer is asked for (GSK_RENDERER=cairo: projectors on
 * machines without a usable GPU, virtual screens, the tests), GTK 4.8 still
 * probes OpenGL on X11 to choose a visual. That loads Mesa and its LLVM
 * (about 60 MB resident, measured with build-aux/bench memory) for a
 * context nothing will ever draw with. GDK's "gl-disable" skips the probe;
 * GTK 4.18 has it as GDK_DISABLE=gl and warns about the old name. An
 * explicit setting from the user is left as it is.
 */
void
ka_renderer_environment_prepare (void)
{
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") != 0)
    return;

#if GTK_CHECK_VERSION (4, 18, 0)
  g_setenv ("GDK_DISABLE", "gl", FALSE);
#else
  g_setenv ("GDK_DEBUG", "gl-disable", FALSE);
#endif
}
