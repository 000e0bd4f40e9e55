/* main.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "ka-allocator.h"
#include "ka-application.h"
#include "ka-renderer-environment.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaApplication) app = NULL;
  const char *localedir = g_getenv ("KURIL_ATLAS_LOCALEDIR");

  ka_allocator_tune ();
  ka_renderer_environment_prepare ();

  /* Run from the build tree (meson devenv, build-aux/run), the catalogues
   * are the build's, in _build/po/, not yet installed. */
  /* Before the options' help is made, which is translated too. */
  setlocale (LC_ALL, "");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ka_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
