/* test-islands.c — the island data against FACTS.md, hit-testing and search
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-islands"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-island-set.h"
#include "ka-test-islands.h"

#define J KA_HOLDER_JAPAN
#define R KA_HOLDER_RUSSIA
#define U KA_HOLDER_UNDIVIDED

/* FACTS.md, "The islands, north to south" and "Who held what", written
 * out here on their own so the data is checked against the facts and
 * not against itself. */
typedef struct
{
  const char   *id;
  const char   *name_en;
  const char   *name_ru;
  const char   *name_ja;
  const char   *name_ja_latn;
  KaIslandGroup group;
  KaHolder      holders[KA_N_YEARS];
  gboolean      claimed_by_japan;
  double        rough_area_km2;  /* FACTS.md's rough figure, 0 where it gives none */
} Expected;

#define NK KA_ISLAND_GROUP_NORTHERN_KURILS
#define CK KA_ISLAND_GROUP_CENTRAL_KURILS
#define SK KA_ISLAND_GROUP_SOUTHERN_KURILS
#define HB KA_ISLAND_GROUP_HABOMAI
#define CX KA_ISLAND_GROUP_CONTEXT

static const Expected expected[] = {
  { "atlasov", "Atlasov", "Атласова", "阿頼度島", "Araido", NK, { R, J, J, R }, FALSE, 0 },
  { "shumshu", "Shumshu", "Шумшу", "占守島", "Shumushu", NK, { R, J, J, R }, FALSE, 390 },
  { "paramushir", "Paramushir", "Парамушир", "幌筵島", "Horomushiro", NK, { R, J, J, R }, FALSE, 2050 },
  { "antsiferov", "Antsiferov", "Анциферова", "志林規島", "Shirinki", NK, { R, J, J, R }, FALSE, 0 },
  { "makanrushi", "Makanrushi", "Маканруши", "磨勘留島", "Makanru", NK, { R, J, J, R }, FALSE, 0 },
  { "onekotan", "Onekotan", "Онекотан", "温禰古丹島", "Onnekotan", NK, { R, J, J, R }, FALSE, 0 },
  { "kharimkotan", "Kharimkotan", "Харимкотан", "春牟古丹島", "Harumukotan", NK, { R, J, J, R }, FALSE, 0 },
  { "ekarma", "Ekarma", "Экарма", "越渇磨島", "Ekaruma", NK, { R, J, J, R }, FALSE, 0 },
  { "chirinkotan", "Chirinkotan", "Чиринкотан", "知林古丹島", "Chirinkotan", NK, { R, J, J, R }, FALSE, 0 },
  { "shiashkotan", "Shiashkotan", "Шиашкотан", "捨子古丹島", "Shasukotan", NK, { R, J, J, R }, FALSE, 0 },
  { "raikoke", "Raikoke", "Райкоке", "雷公計島", "Raikoke", CK, { R, J, J, R }, FALSE, 0 },
  { "matua", "Matua", "Матуа", "松輪島", "Matsuwa", CK, { R, J, J, R }, FALSE, 0 },
  { "rasshua", "Rasshua", "Расшуа", "羅処和島", "Rashowa", CK, { R, J, J, R }, FALSE, 0 },
  { "ushishir", "Ushishir", "Ушишир", "宇志知島", "Ushishiru", CK, { R, J, J, R }, FALSE, 0 },
  { "ketoy", "Ketoy", "Кетой", "計吐夷島", "Ketoi", CK, { R, J, J, R }, FALSE, 0 },
  { "simushir", "Simushir", "Симушир", "新知島", "Shimushiru", CK, { R, J, J, R }, FALSE, 350 },
  { "broutona", "Broutona", "Броутона", "武魯頓島", "Buroton", CK, { R, J, J, R }, FALSE, 0 },
  { "chirpoy", "Chirpoy and Brat Chirpoyev", "Чирпой, Брат Чирпоев", "知理保以島", "Chirihoi", CK, { R, J, J, R }, FALSE, 0 },
  { "urup", "Urup", "Уруп", "得撫島", "Uruppu", CK, { R, J, J, R }, FALSE, 1450 },
  { "iturup", "Iturup", "Итуруп", "択捉島", "Etorofu", SK, { J, J, J, R }, TRUE, 3200 },
  { "kunashir", "Kunashir", "Кунашир", "国後島", "Kunashiri", SK, { J, J, J, R }, TRUE, 1490 },
  { "shikotan", "Shikotan", "Шикотан", "色丹島", "Shikotan", SK, { J, J, J, R }, TRUE, 255 },
  { "polonsky", "Polonsky", "Полонского", "多楽島", "Taraku", HB, { J, J, J, R }, TRUE, 0 },
  { "zelyony", "Zelyony", "Зелёный", "志発島", "Shibotsu", HB, { J, J, J, R }, TRUE, 0 },
  { "yuri", "Yuri", "Юрий", "勇留島", "Yuri", HB, { J, J, J, R }, TRUE, 0 },
  { "anuchina", "Anuchina", "Анучина", "秋勇留島", "Akiyuri", HB, { J, J, J, R }, TRUE, 0 },
  { "tanfilyev", "Tanfilyev", "Танфильева", "水晶島", "Suishō", HB, { J, J, J, R }, TRUE, 0 },
  { "demina", "Demina", "Дёмина", "春苅島", "Harukari", HB, { J, J, J, R }, TRUE, 0 },
  { "signalny", "Signalny", "Сигнальный", "貝殻島", "Kaigara", HB, { J, J, J, R }, TRUE, 0 },
};

/* The context areas: names from FACTS.md where it gives them. */
static const Expected expected_context[] = {
  { "hokkaido", "Hokkaido", "Хоккайдо", "北海道", NULL, CX, { J, J, J, J }, FALSE, 0 },
  { "sakhalin-south", NULL, NULL, "樺太", "Karafuto", CX, { U, R, J, R }, FALSE, 0 },
  { "sakhalin-north", NULL, NULL, NULL, NULL, CX, { U, R, R, R }, FALSE, 0 },
  { "kamchatka", "Kamchatka", "Камчатка", "カムチャツカ", NULL, CX, { R, R, R, R }, FALSE, 0 },
};

/* FACTS.md: "Habomai islets together about 95–100" km². */
#define HABOMAI_LOW_KM2 95.0
#define HABOMAI_HIGH_KM2 100.0

/* Rough figures deserve some slack, and GSHHG draws small islands a
 * little large. */
#define AREA_SLACK 0.10
#define HABOMAI_SLACK 0.15

/* Where the atlas cuts Kamchatka off the mainland (build-aux/atlas_kamchatka.py). */
#define KAMCHATKA_ISTHMUS_LAT 60.0

static KaIslandSet *islands;

static void
check_expected (const Expected *e)
{
  KaIsland *island = ka_island_set_lookup (islands, e->id);

  g_test_message ("checking %s", e->id);
  g_assert_nonnull (island);
  if (e->name_en != NULL)
    g_assert_cmpstr (ka_island_get_name_en (island), ==, e->name_en);
  if (e->name_ru != NULL)
    g_assert_cmpstr (ka_island_get_name_ru (island), ==, e->name_ru);
  if (e->name_ja != NULL)
    g_assert_cmpstr (ka_island_get_name_ja (island), ==, e->name_ja);
  if (e->name_ja_latn != NULL)
    g_assert_cmpstr (ka_island_get_name_ja_latn (island), ==, e->name_ja_latn);
  g_assert_cmpint (ka_island_get_group (island), ==, e->group);
  g_assert_cmpint (ka_island_get_kind (island), ==,
                   e->group == CX ? KA_ISLAND_KIND_CONTEXT : KA_ISLAND_KIND_ISLAND);
  for (guint y = 0; y < KA_N_YEARS; y++)
    g_assert_cmpstr (ka_holder_to_string (ka_island_get_holder (island, y)), ==,
                     ka_holder_to_string (e->holders[y]));
  g_assert_cmpint (ka_island_is_claimed_by (island, KA_HOLDER_JAPAN), ==, e->claimed_by_japan);
  g_assert_false (ka_island_is_claimed_by (island, KA_HOLDER_RUSSIA));
  g_assert_cmpfloat (ka_island_get_area_km2 (island), >, 0.0);
}

static void
test_facts (void)
{
  guint n_islands = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    check_expected (&expected[i]);
  for (guint i = 0; i < G_N_ELEMENTS (expected_context); i++)
    check_expected (&expected_context[i]);

  /* Nothing more than FACTS.md lists. */
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    if (ka_island_get_kind (ka_island_set_get_nth (islands, i)) == KA_ISLAND_KIND_ISLAND)
      n_islands++;
  g_assert_cmpuint (n_islands, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ka_island_set_get_n_items (islands), ==,
                    G_N_ELEMENTS (expected) + G_N_ELEMENTS (expected_context));

  /* Sakhalin is one island in two parts; search finds both by its name. */
  {
    g_autoptr(GPtrArray) found = ka_island_set_search (islands, "Сахалин");

    g_assert_cmpuint (found->len, ==, 2);
  }
}

static void
test_areas (void)
{
  g_autoptr(GPtrArray) habomai = ka_island_set_get_group (islands, KA_ISLAND_GROUP_HABOMAI);
  double habomai_total = 0.0;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KaIsland *island = ka_island_set_lookup (islands, expected[i].id);
      double area = ka_island_get_area_km2 (island);

      if (expected[i].rough_area_km2 == 0)
        continue;
      g_test_message ("%s: %.1f km², FACTS.md about %.0f", expected[i].id, area,
                      expected[i].rough_area_km2);
      g_assert_cmpfloat (area, >=, expected[i].rough_area_km2 * (1 - AREA_SLACK));
      g_assert_cmpfloat (area, <=, expected[i].rough_area_km2 * (1 + AREA_SLACK));
    }

  g_assert_cmpuint (habomai->len, ==, 7);
  for (guint i = 0; i < habomai->len; i++)
    habomai_total += ka_island_get_area_km2 (g_ptr_array_index (habomai, i));
  g_test_message ("Habomai islets: %.1f km²", habomai_total);
  g_assert_cmpfloat (habomai_total, >=, HABOMAI_LOW_KM2 * (1 - HABOMAI_SLACK));
  g_assert_cmpfloat (habomai_total, <=, HABOMAI_HIGH_KM2 * (1 + HABOMAI_SLACK));

  /* The biggest of them all is Iturup, the smallest Signalny. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      double area = ka_island_get_area_km2 (ka_island_set_lookup (islands, expected[i].id));

      g_assert_cmpfloat (area, <=, ka_island_get_area_km2 (ka_island_set_lookup (islands, "iturup")));
      g_assert_cmpfloat (area, >=, ka_island_get_area_km2 (ka_island_set_lookup (islands, "signalny")));
    }
}

static void
test_order (void)
{
  KaIsland *island = NULL;

  /* Stepping visits the islands in FACTS.md's order, then wraps. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      island = ka_island_set_step (islands, island, 1);
      g_assert_cmpstr (ka_island_get_id (island), ==, expected[i].id);
      g_assert_cmpstr (ka_island_get_id (ka_island_set_get_nth (islands, i)), ==, expected[i].id);
    }
  g_assert_cmpstr (ka_island_get_id (ka_island_set_step (islands, island, 1)), ==, "atlasov");
  g_assert_cmpstr (ka_island_get_id (ka_island_set_step (islands, NULL, -1)), ==, "signalny");
  g_assert_cmpstr (ka_island_get_id (ka_island_set_step (islands, ka_island_set_lookup (islands, "hokkaido"), 1)),
                   ==, "atlasov");

  /* Context areas come after every island. */
  for (guint i = G_N_ELEMENTS (expected); i < ka_island_set_get_n_items (islands); i++)
    g_assert_cmpint (ka_island_get_kind (ka_island_set_get_nth (islands, i)), ==, KA_ISLAND_KIND_CONTEXT);

  /* The label points go from north to south down the main chain. */
  for (guint i = 1; i <= 21; i++)
    {
      KaPoint a = ka_island_get_label (ka_island_set_get_nth (islands, i - 1));
      KaPoint b = ka_island_get_label (ka_island_set_get_nth (islands, i));

      g_assert_cmpfloat (b.y, <, a.y + 0.2);
    }
}

static void
test_names (void)
{
  KaIsland *iturup = ka_island_set_lookup (islands, "iturup");
  KaIsland *shikotan = ka_island_set_lookup (islands, "shikotan");
  KaIsland *paramushir = ka_island_set_lookup (islands, "paramushir");

  g_assert_cmpstr (ka_island_get_name (iturup, KA_NAMING_RUSSIAN), ==, "Iturup");
  g_assert_cmpstr (ka_island_get_name (iturup, KA_NAMING_JAPANESE), ==, "Etorofu");
  g_assert_cmpstr (ka_island_get_name (iturup, KA_NAMING_BOTH), ==, "Iturup / Etorofu");
  g_assert_cmpstr (ka_island_get_native_name (iturup, KA_NAMING_BOTH), ==, "Итуруп / 択捉島");
  g_assert_cmpstr (ka_island_get_native_name (iturup, KA_NAMING_JAPANESE), ==, "択捉島");
  /* One name where both conventions agree. */
  g_assert_cmpstr (ka_island_get_name (shikotan, KA_NAMING_BOTH), ==, "Shikotan");
  /* The romaji reads the kanji; the katakana form stays findable. */
  g_assert_cmpstr (ka_island_get_name (paramushir, KA_NAMING_JAPANESE), ==, "Horomushiro");
  g_assert_true (g_strv_contains (ka_island_get_alt_names (paramushir), "Paramushiru"));
  g_assert_cmpstr (ka_island_get_name (ka_island_set_lookup (islands, "rasshua"), KA_NAMING_JAPANESE), ==, "Rashowa");
  g_assert_true (g_strv_contains (ka_island_get_alt_names (ka_island_set_lookup (islands, "rasshua")), "Rasutsua"));
}

static void
test_geometry (void)
{
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    {
      KaIsland *island = ka_island_set_get_nth (islands, i);
      const KaBox *bbox = ka_island_get_bbox (island);
      const KaBox *mbox = ka_island_get_mercator_bbox (island);
      guint n, n_mercator;
      const KaPolygon *polygons = ka_island_get_polygons (island, &n);
      const KaPolygon *mercator = ka_island_get_mercator_polygons (island, &n_mercator);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, ==, n_mercator);
      g_assert_cmpfloat_with_epsilon (mbox->min_x, ka_geo_lon_to_mercator_x (bbox->min_x), 1e-12);
      g_assert_cmpfloat_with_epsilon (mbox->max_y, ka_geo_lat_to_mercator_y (bbox->min_y), 1e-12);
      g_assert_cmpuint (polygons[0].rings[0].n_points, ==, mercator[0].rings[0].n_points);
      g_assert_cmpfloat_with_epsilon (mercator[0].rings[0].points[0].y,
                                      ka_geo_lat_to_mercator_y (polygons[0].rings[0].points[0].y),
                                      1e-12);
      /* Inside the region of the basemap's full-resolution GSHHG
       * extract; only Kamchatka reaches on into its coarser parts, north
       * and east of it, up to its isthmus. */
      g_assert_cmpfloat (bbox->min_x, >=, 135.0);
      g_assert_cmpfloat (bbox->min_y, >=, 38.0);
      if (g_str_equal (ka_island_get_id (island), "kamchatka"))
        {
          g_assert_cmpfloat (bbox->max_x, <=, 180.0);
          g_assert_cmpfloat (bbox->max_y, <=, KAMCHATKA_ISTHMUS_LAT);
        }
      else
        {
          g_assert_cmpfloat (bbox->max_x, <=, 162.0);
          g_assert_cmpfloat (bbox->max_y, <=, 56.0);
        }
    }

  /* A lake on Kunashir is a hole in its land. */
  g_assert_false (ka_island_contains (ka_island_set_lookup (islands, "kunashir"), 145.6124, 43.9269));
  g_assert_true (ka_island_contains (ka_island_set_lookup (islands, "kunashir"), 145.6124, 43.96));

  /* Sakhalin meets itself at 50° N. */
  g_assert_true (ka_island_contains (ka_island_set_lookup (islands, "sakhalin-south"), 143.0, 49.999));
  g_assert_true (ka_island_contains (ka_island_set_lookup (islands, "sakhalin-north"), 143.0, 50.001));
  g_assert_false (ka_island_contains (ka_island_set_lookup (islands, "sakhalin-north"), 143.0, 49.999));
}

/* Kamchatka is the whole peninsula, not the part of it inside the
 * basemap's full-resolution region (west of 162° E, south of 56° N). */
static void
test_kamchatka (void)
{
  KaIsland *kamchatka = ka_island_set_lookup (islands, "kamchatka");
  const KaBox *bbox = ka_island_get_bbox (kamchatka);
  const KaPolygon *polygons;
  guint n_polygons;

  /* The peninsula north of 56° N, and Cape Kronotsky east of 162° E. */
  g_assert_true (ka_island_contains (kamchatka, 160.5, 58.0));
  g_assert_true (ka_island_contains (kamchatka, 159.0, 57.5));
  g_assert_true (ka_island_contains (kamchatka, 162.05, 54.85));
  g_assert_cmpfloat (bbox->max_y, >, 59.5);
  g_assert_cmpfloat (bbox->max_x, >, 163.0);
  g_assert_cmpstr (ka_island_get_id (ka_island_set_hit_test (islands, 160.5, 58.0, 0.0, 0.0)), ==, "kamchatka");

  /* No gap where the full-resolution land meets the coarser. */
  g_assert_true (ka_island_contains (kamchatka, 158.0, 55.999));
  g_assert_true (ka_island_contains (kamchatka, 158.0, 56.001));

  /* Cut at the isthmus: the mainland north of it and the Okhotsk coast
   * west of the peninsula are not Kamchatka. */
  g_assert_false (ka_island_contains (kamchatka, 162.5, 60.5));
  g_assert_null (ka_island_set_hit_test (islands, 150.8, 59.6, 0.0, 0.0));
  polygons = ka_island_get_polygons (kamchatka, &n_polygons);
  for (guint p = 0; p < n_polygons; p++)
    for (guint r = 0; r < polygons[p].n_rings; r++)
      for (guint i = 0; i < polygons[p].rings[r].n_points; i++)
        {
          KaPoint point = polygons[p].rings[r].points[i];

          if (point.y > 56.0)
            g_assert_cmpfloat (point.x, >=, 155.0);
        }
}

static void
test_hit_labels (void)
{
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    {
      KaIsland *island = ka_island_set_get_nth (islands, i);
      KaPoint label = ka_island_get_label (island);

      g_test_message ("label of %s", ka_island_get_id (island));
      g_assert_true (ka_island_contains (island, label.x, label.y));
      g_assert_true (ka_island_set_hit_test (islands, label.x, label.y, 0.0, 0.0) == island);
      g_assert_true (ka_island_set_hit_test (islands, label.x, label.y, 0.02, 0.015) == island);
    }
}

static void
test_hit_sea (void)
{
  const KaPoint sea[] = { { 150.0, 44.0 }, { 152.0, 46.0 }, { 146.5, 42.5 } };

  for (guint i = 0; i < G_N_ELEMENTS (sea); i++)
    {
      g_assert_null (ka_island_set_hit_test (islands, sea[i].x, sea[i].y, 0.0, 0.0));
      g_assert_null (ka_island_set_hit_test (islands, sea[i].x, sea[i].y, 0.1, 0.07));
    }
  g_assert_null (ka_island_set_hit_test (islands, 100.0, 10.0, 0.1, 0.1));
}

static void
test_hit_tolerance (void)
{
  KaIsland *signalny = ka_island_set_lookup (islands, "signalny");
  KaPoint label = ka_island_get_label (signalny);

  /* A miss by about 800 m: caught with a tolerance, not without. */
  g_assert_null (ka_island_set_hit_test (islands, label.x + 0.01, label.y, 0.0, 0.0));
  g_assert_true (ka_island_set_hit_test (islands, label.x + 0.01, label.y, 0.02, 0.015) == signalny);

  /* On Cape Nosappu, Hokkaido's land, with Signalny 4.5 km off: a
   * tolerance that reaches the islet picks the islet over the area. */
  g_assert_cmpstr (ka_island_get_id (ka_island_set_hit_test (islands, 145.815, 43.385, 0.0, 0.0)),
                   ==, "hokkaido");
  g_assert_cmpstr (ka_island_get_id (ka_island_set_hit_test (islands, 145.815, 43.385, 0.08, 0.06)),
                   ==, "signalny");

  /* Between two islands the nearer wins: the middle of the Friza Strait
   * leans to whichever side the point is moved to. */
  g_assert_cmpstr (ka_island_get_id (ka_island_set_hit_test (islands, 149.0, 45.55, 0.4, 0.3)),
                   ==, "iturup");
  g_assert_cmpstr (ka_island_get_id (ka_island_set_hit_test (islands, 149.3, 45.6, 0.4, 0.3)),
                   ==, "urup");
}

static void
check_search (const char *text,
              const char *first,
              guint       min_results)
{
  g_autoptr(GPtrArray) found = ka_island_set_search (islands, text);

  g_test_message ("search “%s”", text);
  g_assert_cmpuint (found->len, >=, min_results);
  if (first != NULL)
    g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (found, 0)), ==, first);
}

static void
test_search (void)
{
  g_autoptr(GPtrArray) habomai = ka_island_set_search (islands, "habomai");
  g_autoptr(GPtrArray) yuri = ka_island_set_search (islands, "yuri");
  g_autoptr(GPtrArray) none = ka_island_set_search (islands, "xyzzy");
  g_autoptr(GPtrArray) empty = ka_island_set_search (islands, " - ");

  check_search ("etoro", "iturup", 1);
  check_search ("ETOROFU", "iturup", 1);
  check_search ("kunashiri", "kunashir", 1);
  check_search ("Итуруп", "iturup", 1);
  check_search ("итуруп", "iturup", 1);
  check_search ("択捉", "iturup", 1);
  check_search ("suisho", "tanfilyev", 1);
  check_search ("Suishō", "tanfilyev", 1);
  check_search ("ДЕМИНА", "demina", 1);
  check_search ("horomushiro", "paramushir", 1);
  check_search ("paramushiru", "paramushir", 1);
  check_search ("rashowa", "rasshua", 1);
  check_search ("rasutsua", "rasshua", 1);
  check_search ("brat", "chirpoy", 1);
  check_search ("karafuto", "sakhalin-south", 2);
  check_search ("kita karafuto", "sakhalin-north", 1);
  check_search ("北海道", "hokkaido", 1);
  check_search ("shikotan", "shikotan", 1);
  check_search ("Etorofu-to", "iturup", 1);
  check_search ("Etorofu-tō", "iturup", 1);
  check_search ("kunashiri-to", "kunashir", 1);

  /* The chain's and the groups' names find their islands. */
  {
    g_autoptr(GPtrArray) kurils = ka_island_set_search (islands, "Kurils");
    g_autoptr(GPtrArray) group = ka_island_set_search (islands, "Habomai Islands");
    g_autoptr(GPtrArray) territories = ka_island_set_search (islands, "北方領土");

    /* Every island of the chain, north to south, and no neighbouring land. */
    g_assert_cmpuint (kurils->len, ==, ka_island_set_get_n_items (islands) - 4);
    g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (kurils, 0)), ==, "atlasov");
    for (guint i = 0; i < kurils->len; i++)
      g_assert_cmpint (ka_island_get_kind (g_ptr_array_index (kurils, i)), ==, KA_ISLAND_KIND_ISLAND);
    g_assert_cmpuint (group->len, ==, 7);
    /* Iturup, Kunashir, Shikotan and the seven islets. */
    g_assert_cmpuint (territories->len, ==, 10);
  }

  /* Whole names before names that merely contain the text. */
  g_assert_cmpuint (yuri->len, ==, 2);
  g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (yuri, 0)), ==, "yuri");
  g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (yuri, 1)), ==, "anuchina");

  /* The group's name finds every islet, in order. */
  g_assert_cmpuint (habomai->len, ==, 7);
  g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (habomai, 0)), ==, "polonsky");
  g_assert_cmpstr (ka_island_get_id (g_ptr_array_index (habomai, 6)), ==, "signalny");

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

/* Every island the atlas maps from its GResource is the feature of the
 * committed GeoJSON with its id, field by field and point by point. */
static void
test_compiled_matches_source (void)
{
  g_autoptr(JsonArray) features = ka_test_load_source_features ("data/atlas/islands.geojson");

  g_assert_cmpuint (ka_island_set_get_n_items (islands), ==, json_array_get_length (features));
  for (guint f = 0; f < json_array_get_length (features); f++)
    {
      JsonObject *feature = json_array_get_object_element (features, f);
      JsonObject *p = json_object_get_object_member (feature, "properties");
      JsonObject *geometry = json_object_get_object_member (feature, "geometry");
      JsonArray *coordinates = json_object_get_array_member (geometry, "coordinates");
      JsonObject *holders = json_object_get_object_member (p, "holders");
      JsonArray *label = json_object_get_array_member (p, "label");
      KaIsland *island = ka_island_set_lookup (islands, json_object_get_string_member (p, "id"));
      gboolean single = g_str_equal (json_object_get_string_member (geometry, "type"), "Polygon");
      const KaPolygon *polygons;
      guint n_polygons;
      guint claimed_by = 0;

      g_assert_nonnull (island);
      g_assert_cmpstr (ka_island_get_name_en (island), ==, json_object_get_string_member (p, "name_en"));
      g_assert_cmpstr (ka_island_get_name_ru (island), ==, json_object_get_string_member (p, "name_ru"));
      g_assert_cmpstr (ka_island_get_name_ja (island), ==, json_object_get_string_member (p, "name_ja"));
      g_assert_cmpstr (ka_island_get_name_ja_latn (island), ==, json_object_get_string_member (p, "name_ja_latn"));
      g_assert_cmpstr (ka_island_group_to_string (ka_island_get_group (island)), ==,
                       json_object_get_string_member (p, "group"));
      g_assert_cmpint (ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT, ==,
                       g_str_equal (json_object_get_string_member (p, "kind"), "context"));
      g_assert_cmpfloat (ka_island_get_area_km2 (island), ==, json_object_get_double_member (p, "area_km2"));
      g_assert_cmpuint (ka_island_get_order (island), ==, json_object_get_int_member (p, "order"));
      g_assert_cmpfloat (ka_island_get_label (island).x, ==, json_array_get_double_element (label, 0));
      g_assert_cmpfloat (ka_island_get_label (island).y, ==, json_array_get_double_element (label, 1));
      for (guint y = 0; y < KA_N_YEARS; y++)
        {
          g_autofree char *year = g_strdup_printf ("%u", ka_years[y]);

          g_assert_cmpstr (ka_holder_to_string (ka_island_get_holder (island, y)), ==,
                           json_object_get_string_member (holders, year));
        }
      if (json_object_has_member (p, "claimed_by"))
        {
          JsonArray *claimants = json_object_get_array_member (p, "claimed_by");

          for (guint i = 0; i < json_array_get_length (claimants); i++)
            {
              KaHolder holder;

              g_assert_true (ka_holder_from_string (json_array_get_string_element (claimants, i), &holder));
              claimed_by |= 1u << holder;
            }
        }
      g_assert_cmpuint (ka_island_get_claimed_by (island), ==, claimed_by);
      if (json_object_has_member (p, "alt_names"))
        {
          JsonArray *alt = json_object_get_array_member (p, "alt_names");
          const char * const *names = ka_island_get_alt_names (island);

          g_assert_cmpuint (g_strv_length ((char **) names), ==, json_array_get_length (alt));
          for (guint i = 0; i < json_array_get_length (alt); i++)
            g_assert_cmpstr (names[i], ==, json_array_get_string_element (alt, i));
        }
      else
        g_assert_cmpuint (g_strv_length ((char **) ka_island_get_alt_names (island)), ==, 0);

      polygons = ka_island_get_polygons (island, &n_polygons);
      g_assert_cmpuint (n_polygons, ==, single ? 1 : json_array_get_length (coordinates));
      for (guint i = 0; i < n_polygons; i++)
        {
          JsonArray *rings = single ? coordinates : json_array_get_array_element (coordinates, i);

          g_assert_cmpuint (polygons[i].n_rings, ==, json_array_get_length (rings));
          for (guint r = 0; r < polygons[i].n_rings; r++)
            ka_test_assert_path_equals (&polygons[i].rings[r], json_array_get_array_element (rings, r), TRUE);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  islands = ka_test_load_islands ();

  g_test_add_func ("/atlas/islands/facts", test_facts);
  g_test_add_func ("/atlas/islands/areas", test_areas);
  g_test_add_func ("/atlas/islands/order", test_order);
  g_test_add_func ("/atlas/islands/names", test_names);
  g_test_add_func ("/atlas/islands/geometry", test_geometry);
  g_test_add_func ("/atlas/islands/kamchatka", test_kamchatka);
  g_test_add_func ("/atlas/islands/hit/labels", test_hit_labels);
  g_test_add_func ("/atlas/islands/hit/sea", test_hit_sea);
  g_test_add_func ("/atlas/islands/hit/tolerance", test_hit_tolerance);
  g_test_add_func ("/atlas/islands/search", test_search);
  g_test_add_func ("/atlas/islands/compiled", test_compiled_matches_source);

  ret = g_test_run ();
  ka_island_set_unref (islands);
  return ret;
}
