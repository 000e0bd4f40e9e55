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

/* Blocks up to this come from the heap, not from a mapping of their
 * own: glibc's largest (half its arena size).  Every image of a tile, a
 * frame and a 1080p export, and the 8 to 32 MB buffers of a 4K export. */
#define MMAP_THRESHOLD_BYTES (32 * 1024 * 1024)
/* Free memory the heap keeps at its top before handing it back: more
 * than a 4K export frees there between one export and the next. */
#define TRIM_THRESHOLD_BYTES (64 * 1024 * 1024)

/**
 * ka_allocator_tune:
 *
 * Called first thing in main().
 *
 * Drawing a tile, a frame or an export allocates and frees the same large
 * blocks again and again: images, and cairo's path, polygon and edge
 * buffers. glibc starts with small thresholds for giving a block a mapping
 * of its own and for handing free memory at the top of the heap back to
 * the kernel (128 KB each), raising them only as it sees such blocks
 * freed; until then each block comes back as fresh pages, each a page
 * fault. These are the values glibc itself ends at, set from the start:
 * build-aux/bench measured the zoom 3 tile (the first it draws) at
 * 3.7 ms with glibc's defaults and 1.6 to 2.0 ms with these.  Smaller
 * fixed values were worse than glibc's own: with a 4 MB mapping threshold,
 * or a trim threshold of 16 MB or less, a 4K PNG export took 510 to
 * 540 ms instead of 135 ms.
 */
void
ka_allocator_tune (void)
{
#ifdef HAVE_MALLOPT
  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES);
  mallopt (M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES);
#endif
}
