/* ka-test-watchdog.c — a stuck test says where it is stuck
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * meson kills a test that outlives its timeout and shows only what the
 * test wrote to stderr: of a test stuck in a wait, nothing that says
 * where. Linked into every test program, this starts a thread before
 * main() that sleeps until shortly before meson's deadline, then prints
 * every thread's stack with gdb and aborts, so the failure reads as a
 * crash with its stacks instead of a bare timeout.
 *
 * meson passes the deadline in KA_TEST_TIMEOUT (seconds) and a test
 * setup's multiplier in KA_TEST_TIMEOUT_MULTIPLIER; without the first,
 * as when a test program is run by hand, there is no watchdog.
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/prctl.h>
#endif

/* A tenth of the time is left for gdb to print before meson's SIGTERM. */
#define SHARE_OF_TIMEOUT 0.9

static void
print_stacks (void)
{
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  const char *argv[] = {
    "gdb", "--batch", "--nx", "-p", pid,
    "-ex", "set pagination off",
    "-ex", "thread apply all bt",
    NULL,
  };
  g_autofree char *output = NULL;
  g_autoptr(GError) error = NULL;

#ifdef __linux__
  /* Where Yama allows tracing only of one's own children. */
  prctl (PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
#endif

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &output, NULL, NULL, &error))
    {
      fprintf (stderr, "ka-test-watchdog: no stacks: %s\n", error->message);
      return;
    }

  fprintf (stderr, "ka-test-watchdog: the stacks of every thread:\n%s\n", output);
}

static gpointer
watch (gpointer data)
{
  double seconds = *(double *) data;

  g_free (data);
  g_usleep ((gulong) (seconds * G_USEC_PER_SEC));

  fprintf (stderr, "ka-test-watchdog: %s still runs after %.0f s, close to its timeout\n",
           g_get_prgname () != NULL ? g_get_prgname () : "the test", seconds);
  print_stacks ();
  fflush (stderr);
  abort ();

  return NULL;
}

static double
read_seconds (const char *variable,
              double      fallback)
{
  const char *value = g_getenv (variable);
  double seconds;
  char *end = NULL;

  if (value == NULL)
    return fallback;

  seconds = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !(seconds > 0))
    {
      fprintf (stderr, "ka-test-watchdog: %s=%s is not a number of seconds; no watchdog\n",
               variable, value);
      return 0;
    }

  return seconds;
}

/* Before main(): a test may be stuck before it gets to any of its own code. */
__attribute__ ((constructor)) static void
start_watchdog (void)
{
  double timeout = read_seconds ("KA_TEST_TIMEOUT", 0);
  double multiplier = read_seconds ("KA_TEST_TIMEOUT_MULTIPLIER", 1);
  double *seconds;

  if (timeout == 0 || multiplier == 0)
    return;

  seconds = g_new (double, 1);
  *seconds = timeout * multiplier * SHARE_OF_TIMEOUT;
  g_thread_unref (g_thread_new ("ka-test-watchdog", watch, seconds));
}
