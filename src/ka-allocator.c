/* ka-allocator.c — how the process keeps the memory it frees
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-allocator"

#include "config.h"

#ifdef HAVE_MALLOPT
#include <malloc.h>
#endif

#include "ka-allocator.h"

/* Blocks below this come from the heap, not from a mapping of their own:
 * above a 4K frame (3840 × 2160 × 4 bytes, 33 MB). */
#define MMAP_THRESHOLD_BYTES (64 * 1024 * 1024)
/* Free memory the heap keeps at its top before handing it back. */
#define TRIM_THRESHOLD_BYTES (8 * 1024 * 1024)

/**
 * ka_allocator_tune:
 *
 * Called first thing in main().
 *
 * Every tile and every frame allocates and frees the same few large
 * blocks: cairo's path and edge buffers, a tile's 256 KB image, a frame's
 * surfaces. glibc gives each block above its threshold (128 KB at first,
 * raised as such blocks are freed, at most 32 MB) a mapping of its own
 * and unmaps it when freed, and hands the top of the heap back to the
 * kernel once more than twice that threshold is free there. So the next
 * tile touches fresh pages, each a page fault: build-aux/bench tiles
 * measured a z4 tile at 6.0 ms with glibc's defaults and 2.4 ms with
 * these settings, most of the difference in the kernel's fault handler.
 * Keeping the blocks costs at most TRIM_THRESHOLD_BYTES of free heap.
 */
void
ka_allocator_tune (void)
{
#ifdef HAVE_MALLOPT
  /* glibc refuses thresholds above half its arena size (64 MB or
   * 32 MB, by version); its largest then still covers the tiles. */
  if (!mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES / 2);
  mallopt (M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES);
#endif
}
