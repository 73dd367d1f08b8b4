#!/usr/bin/env python3
"""Derive Chronomap's bundled data set `data/nagorno-karabakh/` from public sources.

Inputs (read only here, never at run time):
  * the Natural Earth 10m layers and the GeoNames extract in the shared `sources/` folder
    (see its README.md), given with --sources;
  * the dated, sourced facts of FACTS.md, transcribed below as constants (places, dates,
    routes, sources).  Every date, place and name in the output comes from those rows.

Outputs: region.json, base.geojson, places.geojson, routes.geojson, zones.geojson and
events.geojson in --out (default data/nagorno-karabakh under the repository root).  The
script then re-reads what it wrote and checks the data contract (see check_*()).  It exits
non-zero if a check fails.

Requirements: Python 3.9+, shapely 2.x, pyproj 3.x.  Deterministic: the same inputs give the
same bytes.

    python3 tools/data/derive_nagorno_karabakh.py [--sources ../shared/sources] [--out DIR]
"""

import argparse
import json
import math
import os
import sys
from collections import OrderedDict

import numpy as np
import shapely
import shapely.ops
from pyproj import Geod, Transformer
from shapely.geometry import (LineString, MultiLineString, MultiPolygon, Point, Polygon,
                              mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, unary_union

GRID = 1e-6                      # 6 decimals, the precision of every coordinate written
GEOD = Geod(ellps="WGS84")
UTM = "EPSG:32638"               # UTM zone 38N covers 42-48 E: local metric CRS for buffers
_TO_UTM = Transformer.from_crs("EPSG:4326", UTM, always_xy=True)
_TO_WGS = Transformer.from_crs(UTM, "EPSG:4326", always_xy=True)

FIRST_DATE = "1994-05-12"
AS_OF = "2026-11-27"
VERSION = "1.0.0"

# --------------------------------------------------------------------------------------------
# Sources (FACTS.md rows; the URL strings are copied verbatim)
# --------------------------------------------------------------------------------------------
NE = "Natural Earth 10m (public domain), naturalearthdata.com"
GN = "GeoNames, geonames.org (CC BY 4.0)"

S = {
    "1923": "https://en.wikipedia.org/wiki/Nagorno-Karabakh_Autonomous_Oblast",
    "1988": "http://nagorno-karabach.se/documents/nk_soviet_1988_2_20.html ; https://panarmenian.net/m/eng/news/28675",
    "1991-09": "https://hyetert.org/2020/09/02/declaration-on-proclamation-of-the-nagorno-karabakh-republic/",
    "1991-11": "https://www.liquisearch.com/nagorno-karabakh_autonomous_oblast",
    "1991-12": "http://genocide-museum.am/fr/02.09.21.NKR.php ; https://hyetert.org/2020/09/02/declaration-on-proclamation-of-the-nagorno-karabakh-republic/",
    "1994": "https://en.wikipedia.org/wiki/Bishkek_Protocol ; http://nkrusa.org/nk%5Fconflict/cease_fire.shtml ; https://azhumanrights.az/21-years-pass-since-declaration-of-ceasefire-between-azerbaijan-and-armenia/?lang=en",
    "1994-state": "https://en.wikipedia.org/wiki/Bishkek_Protocol ; https://news.az/news/span-classred-highlightaghdam-district-being-transferred-to-azerbaijani-armed-forces-todayspan ; https://1news.az/news/20070823102633936-Proshlo-14-let-so-dnya-okkupatsii-Fizulinskogo-raiona ; https://news.az/news/azerbaijan-marks-five-years-since-liberation-of-jabrayil-city-from-armenian-occupation",
    "2016": "https://wikimili.com/en/2016_Nagorno-Karabakh_conflict ; https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Lalatapa ; https://en.m.wikipedia.org/wiki/Tal%C4%B1%C5%9F,_Tartar",
    "2020-09-27": "https://en.wikipedia.org/wiki/Timeline_of_the_Second_Nagorno-Karabakh_War",
    "2020-10-03": "https://www.azernews.az/nation/169969.html ; https://en.m.wikipedia.org/wiki/Tal%C4%B1%C5%9F,_Tartar",
    "2020-10-04": "https://azertag.az/en/xeber/President_Ilham_Aliyev_congratulates_people_of_Azerbaijan_on_liberation_of_Jabrayil_city_and_9_villages_of_Jabrayil_district_from_occupation-1603837 ; https://regionalpost.org/en/articles/44-days-of-war-in-44-acts.html",
    "2020-10-09": "https://armenpress.am/eng/news/1031038/ ; https://gagrule.net/hadrut-remains-under-full-control-of-artsakh-announces-president-harutyunyan/ ; https://vestnikkavkaza.net/material/145622",
    "2020-10-17": "https://www.dailysabah.com/politics/azerbaijan-liberates-city-of-fuzuli-7-villages-in-nagorno-karabakh/news",
    "2020-10-20": "https://www.anews.com.tr/world/2020/10/20/aliyev-announces-liberation-of-zangilan-city-and-several-villages-from-armenian-occupation",
    "2020-10-25": "https://de.wikipedia.org/wiki/Qubadl%C4%B1_(Stadt) ; https://news.az/news/azerbaijan-marks-five-years-since-gubadli-liberation",
    "2020-10-28": "https://en.wikipedia.org/wiki/2020_Barda_missile_attacks",
    "2020-11-08": "https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha ; https://enwikipedia.net/wiki/Dashalty",
    "2020-11-10": "https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement",
    "2020-11-15": "https://www.euronews.com/2020/11/15/azerbaijan-agrees-to-extend-deadline-for-armenian-forces-to-leave-ceded-territory ; https://jam-news.net/trilateral-agreement-kelbajar-region-postponement-of-november-25-azerbaijan-news/",
    "2020-11-20": "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Aghdam ; https://armedia.am/eng/news/89573/azerbaijan-to-take-control-of-7-villages-in-martakert-claiming-its-geographically-aghdam.html",
    "2020-11-25": "https://jam-news.net/kelbajar-region-karabakh-news-war-transmission-armenia-azerbaijan/",
    "2020-12-01": "https://video.azertag.az/en/video/185530",
    "2020-12-12": "https://evnreport.com/?p=35527",
    "2022-03-24": "https://www.artsakhpress.am/eng/news/160864/ ; https://thefrontierpost.com/azerbaijan-withdrew-units-from-furukh/",
    "2022-08-26": "https://www.azernews.az/nation/198529.html ; https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Lachin_corridor",
    "2022-12-12": "https://news.am/eng/news/736324.html ; https://en.wikipedia.org/?diff=1136098457&oldid=1136071689&title=2022%E2%80%932023_blockade_of_the_Republic_of_Artsakh&diffmode=source",
    "2023-04-01": "https://news.am/eng/news/755850.html",
    "2023-04-23": "https://mirrorspectator.com/2023/04/27/azerbaijan-sets-up-checkpoint-at-lachin-corridor/ ; https://en.trend.az/azerbaijan/politics/3771471.html",
    "2023-04-28": "https://sardarabad.com.ar/armenia6290/6290-activistas-azerbaiyanos-ponen-fin-al-bloqueo-de-nagorno-karabaj",
    "2023-06-15": "https://mediamax.am/en/news/karabakh/51664/ ; https://jam-news.net/azerbaijani-flag-hoisted-on-the-hakari-bridge/",
    "2023-09-18": "https://turan.az/en/politics/the-icrc-delivered-humanitarian-aid-to-karabakh-armenians-through-lachin-and-aghdam-769453 ; https://asbarez.com/red-cross-delivers-humanitarian-aid-to-artsakh-via-lachin-and-aghdam-roads/",
    "2023-09-19-mine1": "https://www.azernews.az/nation/214946.html",
    "2023-09-19-mine2": "https://en.trend.az/azerbaijan/politics/3799133.html",
    "2023-09-19": "https://karabakhspace.commonspace.eu/news/azerbaijan-launches-large-scale-military-operation-nagorno-karabakh-updated ; https://theins.ru/en/news/265193",
    "2023-09-20": "https://www.wionews.com/world/nagorno-karabakh-forces-surrender-to-azerbaijan-after-anti-terror-operations-637881 ; https://www.rt.com/russia/583406-russian-peacekeepers-investigation-azerbaijan/",
    "2023-09-24": "https://english.almayadeen.net/news/miscellaneous/explosion-at-fuel-depot-in-nagorno-karabakh-injures-over-200 ; https://www.tbsnews.net/world/armenia-says-over-100000-refugees-flee-nagorno-karabakh-709818 ; https://en.m.wikipedia.org./wiki/2023_Azerbaijani_offensive_in_Nagorno-Karabakh",
    "2023-09-25": "https://armenpress.am/eng/news/1120489/ ; https://massispost.com/2023/12/218-confirmed-dead-in-karabakh-fuel-depot-blast-last-september/",
    "2023-09-28": "https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/ ; https://en.armradio.am/2023/09/28/artsakhs-state-institutions-to-be-dissolved-until-january-1-2024-according-to-presidential-decree/",
    "2023-10-15": "https://kesq.com/news/2023/10/15/azerbaijan-raises-flag-over-the-karabakh-capital-to-reaffirm-control-of-the-disputed-region/ ; https://en.trend.az/azerbaijan/politics/3812055.html",
    "2024-01-01": "https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/",
    "2024-04-17": "https://tass.com/politics/1776731 ; https://kyivindependent.com/russian-peacekeepers-leave-karabakh",
    # section 4
    "rupk": "https://english.iswnews.com/16316/latest-updates-on-karabakh-15-november-2020-map-update/ ; https://english.pravda.ru/news/hotspots/157704-russian_peacekeepers_nagorno_karabakh/",
    "corridor-text": "https://uprootedpalestinians.wordpress.com/2020/11/11/statement-by-the-president-of-the-republic-of-azerbaijan-the-prime-minister-of-the-republic-of-armenia-and-the-president-of-the-russian-federation/",
    "polgeonow": "https://www.polgeonow.com/2020/12/nagorno-karabakh-control-map-after-ceasefire-withdrawals.html",
    # section 3
    "route-a": "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Tegh ; https://news.am/eng/news/734880.html ; http://www.travel-images.com/az-lachin.html ; https://de.m.wikipedia.org./wiki/Sus_(La%C3%A7in)",
    "route-b": "https://www.civilnet.am/en/news/671866/three-days-left-till-armenia-hands-over-lachin-and-aghavno-to-azerbaijan/ ; https://caucasianknot.info/articles/60993/ ; https://armenpress.am/eng/news/1091062/ ; https://news.am/eng/news/755850.html ; https://turan.az/en/politics/armenians-cautiously-follow-the-construction-of-a-new-road-to-karabakh",
    "route-c": "https://artsakh.travel/en/travel-routes/highway-stepanakert-martakert ; https://armenpress.am/eng/news/1120489/",
    "route-d": "http://himnadram.org/en/519 ; https://massispost.com/2022/08/50km-of-highways-are-being-reconstructed-in-artsakh-with-the-help-of-hayastan-all-armenian-fund/ ; https://www.artsakhpress.am/eng/news/171537/",
    # section 5
    "names-roads": "https://turan.az/en/politics/the-icrc-delivered-humanitarian-aid-to-karabakh-armenians-through-lachin-and-aghdam-769453 ; https://asbarez.com/red-cross-delivers-humanitarian-aid-to-artsakh-via-lachin-and-aghdam-roads/ ; https://news.az/news/azerbaijan-red-crescent-society-welcomes-agreement-on-delivery-of-cargo-through-aghdam-khankendi-and-lachin-khankendi-roads",
}


def src(*parts):
    """Join source strings with ' ; ', dropping duplicates but keeping order."""
    seen, out = set(), []
    for part in parts:
        for item in (p.strip() for p in part.split(" ; ")):
            if item and item not in seen:
                seen.add(item)
                out.append(item)
    return " ; ".join(out)


# --------------------------------------------------------------------------------------------
# Places (FACTS.md section 2).  lat/lon exactly as FACTS gives them; "~" rows are approximate.
# --------------------------------------------------------------------------------------------
# Fields: id, kind, rank, name(en), name:az, name:hy, alt_name:en, lat, lon, coord source,
#         approximate?, note, FACTS controller columns (94-20, 20-23, 23->) as
#         'A' (ARM / ARM (RU-PK) / RU-PK corridor: artsakh), 'Z' (azerbaijan), 'AM' (Armenia,
#         outside the study area) or None (no controller given).
PLACES = [
    dict(id="stepanakert", kind="capital", rank=1, name="Stepanakert", az="Xankəndi", hy="Ստեփանակերտ", alt="Khankendi",
         lat=39.8153, lon=46.7519, src="https://simple.wikipedia.org/wiki/Stepanakert", ctl=("A", "A", "Z"),
         note="Capital of the self-proclaimed Nagorno-Karabakh Republic (Artsakh) until the take-over of 2023 (its dissolution was decreed for 1 Jan 2024); known as Khankendi (Xankəndi) in Azerbaijan."),
    dict(id="shusha", kind="town", rank=2, name="Shusha", az="Şuşa", hy="Շուշի", alt="Shushi",
         lat=39.7583, lon=46.7483, src="https://wiki-gateway.eudic.net/wikipedia_en/Shushi.html", ctl=("A", "Z", "Z")),
    dict(id="askeran", kind="town", rank=2, name="Askeran", az="Əsgəran", hy="Ասկերան", alt="Asgaran",
         lat=39.9367, lon=46.8328, src="https://en.wikipedia.org/wiki/?oldid=1002900662&title=Askeran", ctl=("A", "A", "Z")),
    dict(id="martakert", kind="town", rank=2, name="Martakert", az="Ağdərə", hy="Մարտակերտ", alt="Aghdara",
         lat=40.2153, lon=46.8128, src="https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert", ctl=("A", "A", "Z")),
    dict(id="martuni", kind="town", rank=2, name="Martuni", az="Xocavənd", hy="Մարտունի", alt="Khojavend",
         lat=39.7953, lon=47.1131, src="https://en.wikipedia.org/wiki/Khojavend_(city)", ctl=("A", "A", "Z")),
    dict(id="hadrut", kind="town", rank=2, name="Hadrut", az="Hadrut", hy="Հադրութ", alt=None,
         lat=39.5167, lon=47.0300, src="https://ipfs.desmos.network/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Hadrut_(town).html", ctl=("A", "Z", "Z")),
    dict(id="khojaly", kind="town", rank=3, name="Khojaly", az="Xocalı", hy="Իվանյան", alt="Ivanyan",
         lat=39.9131, lon=46.7903, src="https://it.m.wikipedia.org/wiki/Xocal%C4%B1", ctl=("A", "A", "Z"),
         note="Russian peacekeepers' headquarters were near the airport at Ivanyan/Khojaly in 2020-2024 (FACTS section 2)."),
    dict(id="stepanakert-airport", kind="airport", rank=5, name="Stepanakert Airport", az="Xocalı Hava Limanı", hy="Ստեփանակերտի օդանավակայան",
         alt="Khojaly Airport", lat=39.9014, lon=46.7869, src="https://en.m.wikipedia.org/wiki/Stepanakert_Airport", ctl=("A", "A", "Z"),
         note="Closed airport (ICAO UBBS)."),
    dict(id="lachin", kind="town", rank=2, name="Lachin", az="Laçın", hy="Բերձոր", alt="Berdzor",
         lat=39.6408, lon=46.5469, src="https://en.m.wikipedia.org/wiki/Berdzor", ctl=("A", "A", "Z"),
         note="Inside the Lachin corridor under Russian peacekeepers from 2020-12-01 to 2022-08-26, then under Azerbaijani control (FACTS section 2)."),
    dict(id="aghavno", kind="village", rank=4, name="Aghavno", az="Zabux", hy="Աղավնո", alt="Zabukh",
         lat=39.5897, lon=46.5433, src="https://pt.qaz.wiki/wiki/Zabux", ctl=("A", "A", "Z"),
         note="Inside the Lachin corridor under Russian peacekeepers until 2022-08-26, then under Azerbaijani control (FACTS section 2)."),
    dict(id="sus", kind="village", rank=4, name="Sus", az="Sus", hy="Սուս", alt=None,
         lat=39.6269, lon=46.5128, src="https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Sus%2C_Azerbaijan", ctl=("A", "A", "Z"),
         note="Inside the Lachin corridor under Russian peacekeepers until 2022-08-26, then under Azerbaijani control (FACTS section 2)."),
    dict(id="kalbajar", kind="town", rank=2, name="Kalbajar", az="Kəlbəcər", hy="Քարվաճառ", alt="Karvachar",
         lat=40.1067, lon=46.0383, src="https://wiki-gateway.eudic.net/wikipedia_en/Kalbajar.html", ctl=("A", "Z", "Z")),
    dict(id="aghdam", kind="ruins", rank=2, name="Aghdam", az="Ağdam", hy="Ակնա", alt="Akna",
         lat=39.9931, lon=46.9306, src="https://askwikinow.com/view_html.php?lang=en&q=Aghdam&sq=Sri+Lanka", ctl=("A", "Z", "Z"),
         note="Ruined town (FACTS section 2). Natural Earth's populated places put an 'Agdam' in Tovuz district; that entry is not used here."),
    dict(id="fuzuli", kind="ruins", rank=2, name="Fuzuli", az="Füzuli", hy="Ֆիզուլի", alt=None,
         lat=39.6003, lon=47.1431, src="https://en.wikipedia.org/wiki/F%C3%BCzuli", ctl=("A", "Z", "Z"),
         note="Ruined town (FACTS section 2). The Armenian name used by the Nagorno-Karabakh Republic is unverified."),
    dict(id="jabrayil", kind="ruins", rank=3, name="Jabrayil", az="Cəbrayıl", hy=None, alt="Jrakan",
         lat=39.4000, lon=47.0261, src="https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/C%C9%99brayil.html", ctl=("A", "Z", "Z"),
         note="Ruined town (FACTS section 2). The Nagorno-Karabakh Republic's name was Jrakan; its Armenian spelling is unverified, so name:hy is left out."),
    dict(id="qubadli", kind="town", rank=3, name="Qubadli", az="Qubadlı", hy="Քաշունիք", alt="Kashunik",
         lat=39.3439, lon=46.5797, src="https://perceptiopt.com/%D0%A1%D0%B0%D0%BD%D0%B0%D1%81%D0%B0%D1%80", ctl=("A", "Z", "Z")),
    dict(id="zangilan", kind="town", rank=3, name="Zangilan", az="Zəngilan", hy="Կովսական", alt="Kovsakan",
         lat=39.0656, lon=46.6969, src="http://de.wikipedia.org/wiki/Z%C9%99ngilan_(Stadt)", ctl=("A", "Z", "Z"), approx=True,
         note="Approximate: FACTS marks these coordinates '~' (de.wikipedia); another revision gives 39°5′N 46°39′E, and GeoNames puts Zangilan at 39.0884, 46.6513, about 4.7 km to the north-west, close to that other revision. The FACTS value is kept."),
    dict(id="goris", kind="town", rank=2, name="Goris", az=None, hy="Գորիս", alt=None,
         lat=39.5078, lon=46.3386, src="http://piglix.com/piglix/Goris", ctl=("AM", "AM", "AM"), note="Town in Armenia."),
    dict(id="tegh", kind="village", rank=4, name="Tegh", az=None, hy="Տեղ", alt=None,
         lat=39.5547, lon=46.4758, src="https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Tegh", ctl=("AM", "AM", "AM"),
         note="Village in Armenia, the last on the Goris-Stepanakert road before the border (FACTS section 3)."),
    dict(id="kornidzor", kind="village", rank=4, name="Kornidzor", az=None, hy="Կոռնիձոր", alt=None,
         lat=39.5481, lon=46.5311, src="https://it.wiki7.org/wiki/%D0%9A%D0%BE%D1%80%D0%BD%D0%B8%D0%B4%D0%B7%D0%BE%D1%80", ctl=("AM", "AM", "AM"),
         note="Village in Armenia; refugee reception centre in September-October 2023. Natural Earth's 10m border runs about 0.5 km west of these coordinates; the base layer moves the border locally (see README)."),
    dict(id="hakari-bridge", kind="bridge", rank=5, name="Hakari bridge", az="Həkəri körpüsü", hy="Հակարիի կամուրջ", alt=None,
         lat=39.55, lon=46.56, src="https://turan.az/en/politics/armenians-cautiously-follow-the-construction-of-a-new-road-to-karabakh ; https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Lachin_corridor",
         ctl=(None, None, "Z"), approx=True,
         note="Approximate and unverified: on the Hakari river at the border east of Kornidzor; a bridge of about 140 m at km 22 of the new road (2022). Azerbaijani checkpoint from 2023-04-23. Azerbaijani and Armenian spellings unverified."),
    dict(id="lisagor", kind="village", rank=4, name="Lisagor", az="Turşsu", hy="Լիսագոր", alt="Turshsu",
         lat=39.6875, lon=46.6431, src="https://enwikipedia.net/wiki/Tur%C5%9Fsu,_Shusha", ctl=("A", "A", "Z")),
    dict(id="mets-shen", kind="village", rank=4, name="Mets Shen", az="Böyük Qaladərəsi", hy="Մեծ Շեն", alt="Boyuk Galadarasi",
         lat=39.6583, lon=46.6019, src="https://backend.710302.xyz/https/en.wikipedia.org/w/index.php?printable=yes&title=Mets_Shen%2C_Shusha", ctl=("A", "A", "Z")),
    # Hin Shen: no coordinates in FACTS; placed on route B, see HIN_SHEN_FRACTION.
    dict(id="hin-shen", kind="village", rank=4, name="Hin Shen", az="Kiçik Qaladərəsi", hy="Հին Շեն", alt="Kichik Galadarasi",
         lat=None, lon=None, src="FACTS section 2 (no coordinate source)", ctl=("A", "A", "Z"), approx=True,
         note="Approximate: no coordinates in our sources. Placed on the re-routed corridor road (route B) between Mets Shen and the Hakari bridge, 15% of the way from Mets Shen, which FACTS lists next to it; the real village may lie a few kilometres away."),
    dict(id="dashalty", kind="village", rank=4, name="Dashalty", az="Daşaltı", hy="Քարին Տակ", alt="Karin Tak",
         lat=39.7417, lon=46.7492, src="https://enwikipedia.net/wiki/Dashalty", ctl=("A", "Z", "Z")),
    dict(id="taghavard", kind="village", rank=4, name="Taghavard", az="Tağaverd", hy="Թաղավարդ", alt=None,
         lat=39.6681, lon=46.9202, src="https://en.wikipedia.org/wiki/Tagavard", ctl=("A", "A", "Z"),
         note="Split from 2020 to 2023: the upper part under Azerbaijani control, the lower part (Nerkin Taghavard) under Armenian control (FACTS section 2). The point stands for the village as a whole and lies on the Armenian-held side of the drawn line."),
    dict(id="chankatagh", kind="village", rank=4, name="Chankatagh", az="Çanyataq", hy="Ճանկաթաղ", alt="Janyatag",
         lat=40.1386, lon=46.7692, src="https://wikizero.net/wiki/it/Tchankatagh", ctl=("A", "A", "Z")),
    dict(id="talish", kind="village", rank=4, name="Talish", az="Talış", hy="Թալիշ", alt=None,
         lat=40.3814, lon=46.7408, src="https://en.m.wikipedia.org/wiki/Tal%C4%B1%C5%9F,_Tartar", ctl=("A", "Z", "Z"),
         note="Briefly taken by Azerbaijani forces on 2016-04-02 and retaken by Armenian forces (FACTS section 1)."),
    dict(id="lalatapa", kind="height", rank=5, name="Lalatapa hill", az="Lələ Təpə", hy="Վարազաթումբ", alt="Varazatumb",
         lat=39.41, lon=47.28, src="https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/%C3%87ocuq_M%C9%99rcanl%C4%B1 ; https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Lalatapa",
         ctl=("Z", "Z", "Z"), approx=True,
         note="Approximate: derived in FACTS from '2.9 km north-west of Jojug Marjanli (39.3911, 47.2981)'. Height of 271 m; held by Armenian forces until April 2016, then by Azerbaijan."),
    dict(id="kapan", kind="town", rank=2, name="Kapan", az=None, hy="Կապան", alt=None,
         lat=39.2011, lon=46.4150, src="https://wiki.kidzsearch.com/wiki/Kapan", ctl=("AM", "AM", "AM"),
         note="Town in Armenia. Natural Earth's populated places list it in Azerbaijan and its 10m border runs about 0.7 km west of these coordinates; both are corrected here (see README)."),
    dict(id="yerevan", kind="capital", rank=1, name="Yerevan", az="İrəvan", hy="Երևան", alt=None,
         lat=40.1833, lon=44.5167, src="https://sco.wikipedia.org/wiki/Yerevan", ctl=("AM", "AM", "AM"), approx=False,
         note="Capital of Armenia. Coordinates to the minute only. The Azerbaijani name is unverified."),
    dict(id="baku", kind="capital", rank=1, name="Baku", az="Bakı", hy="Բաքու", alt=None,
         lat=40.3953, lon=49.8822, src="https://simple.wikipedia.org/wiki/Baku?oldformat=true", ctl=("Z", "Z", "Z"),
         note="Capital of Azerbaijan. The Armenian name is unverified."),
    dict(id="ganja", kind="city", rank=2, name="Ganja", az="Gəncə", hy="Գանձակ", alt=None,
         lat=40.6828, lon=46.3606, src="https://review.clateway.com/wiki/view_html.php?lang=en&q=Ganja%2C_Azerbaijan&sq=Google", ctl=("Z", "Z", "Z"),
         note="Armenian name Gandzak."),
    dict(id="barda", kind="city", rank=2, name="Barda", az="Bərdə", hy="Պարտավ", alt=None,
         lat=40.3750, lon=47.1250, src="http://40.74.122.252/index.cgi/contrast/https://de.wikipedia.org/wiki/B%C9%99rd%C9%99_(Stadt)", ctl=("Z", "Z", "Z"),
         note="Armenian name Partav."),
    dict(id="tartar", kind="town", rank=3, name="Tartar", az="Tərtər", hy=None, alt=None,
         lat=40.3450, lon=46.9289, src="https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/T%C9%99rt%C9%99r", ctl=("Z", "Z", "Z"),
         note="Near the front line of 1994-2020 (FACTS section 2)."),
    dict(id="tigranakert", kind="site", rank=5, name="Tigranakert of Artsakh", az=None, hy="Տիգրանակերտ", alt=None,
         lat=40.0653, lon=46.9058, src="https://review.clateway.com/wiki/view_html.php?q=Tigranakert_of_Artsakh&sq=Qlik", ctl=("A", "Z", "Z"),
         note="Archaeological site in Aghdam district (FACTS section 2)."),
    dict(id="drmbon", kind="village", rank=4, name="Drmbon", az="Heyvalı", hy="Դրմբոն", alt="Heyvali",
         lat=40.1467, lon=46.6075, src="https://perceptiopt.com/%D0%94%D1%80%D0%BC%D0%B1%D0%BE%D0%BD", ctl=("A", "A", "Z"),
         note="On the western Stepanakert-Martakert road used after November 2020 (FACTS section 3)."),
]
HIN_SHEN_FRACTION = 0.15   # of the way from Mets Shen to the Hakari bridge

P = {p["id"]: p for p in PLACES}


def pt(pid):
    p = P[pid]
    return (p["lon"], p["lat"])


# Coordinates FACTS gives outside section 2
JOJUG_MARJANLI = (47.2981, 39.3911)          # FACTS section 2, Lalatapa row
BLOCKADE_SITE = (46.7289, 39.7519)           # FACTS section 1, 2022-12-12 row / section 3 A7, B2

# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------


def _reproject(transformer, g):
    def fn(xy):
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])
    return shapely.transform(g, fn)


def to_utm(g):
    return _reproject(_TO_UTM, g)


def to_wgs(g):
    return _reproject(_TO_WGS, g)


def buffer_m(g, metres):
    """Buffer by a distance in metres, in the local UTM CRS."""
    return to_wgs(to_utm(g).buffer(metres, quad_segs=16))


def disc(lonlat, metres):
    return buffer_m(Point(lonlat), metres)


def polygonal(g):
    """The polygonal part of a geometry as a (Multi)Polygon (drops slivers of lower dimension)."""
    if g.is_empty:
        return MultiPolygon()
    if isinstance(g, (Polygon, MultiPolygon)):
        return g
    polys = []
    for part in getattr(g, "geoms", []):
        if isinstance(part, Polygon):
            polys.append(part)
        elif isinstance(part, MultiPolygon):
            polys.extend(part.geoms)
    return MultiPolygon(polys) if polys else MultiPolygon()


def snap(g):
    return polygonal(shapely.set_precision(g, GRID))


def inter(a, b):
    return polygonal(shapely.intersection(a, b, grid_size=GRID))


def diff(a, b):
    return polygonal(shapely.difference(a, b, grid_size=GRID))


def union(gs):
    gs = [g for g in gs if not g.is_empty]
    if not gs:
        return MultiPolygon()
    return polygonal(shapely.union_all(gs, grid_size=GRID))


def area_km2(g):
    """Geodesic area on the WGS84 ellipsoid, in km²."""
    total = 0.0
    for p in getattr(g, "geoms", [g]):
        if isinstance(p, Polygon) and not p.is_empty:
            a, _ = GEOD.geometry_area_perimeter(orient(p, 1.0))
            total += a
    return abs(total) / 1e6


def length_km(line):
    return GEOD.geometry_length(line) / 1000.0


def dist_km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def component_containing(g, lonlat):
    p = Point(lonlat)
    for part in getattr(g, "geoms", [g]):
        if part.contains(p):
            return part
    raise ValueError("no component contains %s" % (lonlat,))


def merge_lines(g):
    """Merge touching lines; always a MultiLineString."""
    if isinstance(g, LineString):
        return MultiLineString([g])
    parts = [x for x in getattr(g, "geoms", []) if isinstance(x, LineString)]
    merged = linemerge(MultiLineString(parts))
    return MultiLineString([merged]) if isinstance(merged, LineString) else merged


def r6(x):
    v = round(x, 6)
    return 0.0 if v == 0 else v


def coords_out(geom):
    """GeoJSON geometry dict, 6 decimals, exteriors counter-clockwise and holes clockwise."""
    if isinstance(geom, Point):
        return {"type": "Point", "coordinates": [r6(geom.x), r6(geom.y)]}
    if isinstance(geom, LineString):
        return {"type": "LineString", "coordinates": dedup([[r6(x), r6(y)] for x, y in geom.coords])}
    if isinstance(geom, MultiLineString):
        return {"type": "MultiLineString",
                "coordinates": [dedup([[r6(x), r6(y)] for x, y in l.coords]) for l in geom.geoms]}

    def ring(r):
        return [[r6(x), r6(y)] for x, y in r.coords]

    def poly(p):
        p = orient(p, 1.0)
        return [ring(p.exterior)] + [ring(i) for i in p.interiors]
    if isinstance(geom, Polygon):
        return {"type": "Polygon", "coordinates": poly(geom)}
    if isinstance(geom, MultiPolygon):
        parts = sorted(geom.geoms, key=lambda p: (-p.area, p.bounds))
        return {"type": "MultiPolygon", "coordinates": [poly(p) for p in parts]}
    raise TypeError(geom.geom_type)


def dedup(cs):
    out = []
    for c in cs:
        if not out or out[-1] != c:
            out.append(c)
    return out


def as_multi(g):
    return MultiPolygon([g]) if isinstance(g, Polygon) else g


def feature(fid, props, geom):
    return OrderedDict([("type", "Feature"), ("id", fid), ("properties", props), ("geometry", coords_out(geom))])


def write_collection(path, features):
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids)), "duplicate ids in %s" % path
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def props(**kw):
    """Properties in the project's key order: kind, names, dates, then the rest, then source/accuracy/note."""
    order = ["kind", "controller", "route", "status", "rank", "title", "name", "name:en", "name:az", "name:hy",
             "alt_name:en", "disputed", "iso_a3", "description",
             "date", "start_date", "end_date", "time", "time_note", "date_accuracy",
             "source", "accuracy", "note"]
    out = OrderedDict()
    for k in order:
        if k in kw and kw[k] is not None:
            out[k] = kw[k]
    for k in kw:
        if k not in out and kw[k] is not None:
            raise KeyError("property %s not in the key order" % k)
    return out


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------


def load(sources, name):
    with open(os.path.join(sources, name), encoding="utf-8") as fh:
        return json.load(fh)["features"]


class Sources:
    def __init__(self, folder):
        self.folder = folder
        self.countries = {f["properties"]["name"]: (f["properties"]["iso_a3"], shape(f["geometry"]))
                          for f in load(folder, "ne_countries.geojson")}
        self.boundary_lines = [shape(f["geometry"]) for f in load(folder, "ne_boundary_lines.geojson")]
        self.breakaway = shape(load(folder, "ne_nagorno_karabakh_breakaway.geojson")[0]["geometry"])
        self.nkao = shape(load(folder, "ne_nkao_1991.geojson")[0]["geometry"])
        lines = load(folder, "ne_nagorno_karabakh_lines.geojson")
        self.oblast_lines = [shape(f["geometry"]) for f in lines if f["properties"]["name"] == "Former USSR oblast in 1991"]
        self.ceasefire_1994 = unary_union([shape(f["geometry"]) for f in lines if f["properties"]["name"] == "Ceasefire Line 1994"])
        self.lakes = {f["properties"]["name"]: shape(f["geometry"]) for f in load(folder, "ne_lakes.geojson")}
        self.rivers = [(f["properties"]["name"], shape(f["geometry"])) for f in load(folder, "ne_rivers.geojson")]
        self.geonames = [(f["properties"]["name"], f["properties"]["cc"], shape(f["geometry"]))
                         for f in load(folder, "geonames_places.geojson")]


# --------------------------------------------------------------------------------------------
# Base layer
# --------------------------------------------------------------------------------------------
COUNTRY_NAMES = {
    # name: (az, hy)
    "Armenia": ("Ermənistan", "Հայաստան"),
    "Azerbaijan": ("Azərbaycan", "Ադրբեջան"),
    "Georgia": ("Gürcüstan", "Վրաստան"),
    "Iran": ("İran", "Իրան"),
    "Russia": ("Rusiya", "Ռուսաստան"),
    "Turkey": ("Türkiyə", "Թուրքիա"),
}

# Local border corrections: Armenian places (FACTS) that Natural Earth's 10m line puts in Azerbaijan.
BORDER_FIXES = [("kornidzor", 1500.0), ("kapan", 2000.0)]


def corrected_countries(src_):
    """Countries with the local corrections applied: a disc around each listed Armenian place is
    moved from Azerbaijan to Armenia.  Returns (countries dict, the moved area)."""
    discs = union([snap(disc(pt(pid), r)) for pid, r in BORDER_FIXES])
    az_iso, az = src_.countries["Azerbaijan"]
    am_iso, am = src_.countries["Armenia"]
    moved = inter(az, discs)
    countries = dict(src_.countries)
    countries["Azerbaijan"] = (az_iso, diff(snap(az), moved))
    countries["Armenia"] = (am_iso, union([snap(am), moved]))
    return countries, moved


def build_base(src_, countries):
    feats = []
    note_ne = "Natural Earth 10m: generalised for maps at about 1:10 million, not precise at large scales."
    for name in ["Armenia", "Azerbaijan", "Georgia", "Iran", "Russia", "Turkey"]:
        iso, geom = countries[name]
        az, hy = COUNTRY_NAMES[name]
        note = note_ne + " Cut to the Caucasus (43.4-50.6 E, 37.9-42.2 N)."
        if name == "Azerbaijan":
            note += (" Natural Earth's admin-0 polygon, which includes Nakhchivan and Nagorno-Karabakh (Natural Earth also shows Nagorno-Karabakh as a breakaway area);"
                     " who controlled what is in zones.geojson.")
        if name in ("Armenia", "Azerbaijan"):
            note += (" Corrected locally: Natural Earth's border puts Kornidzor and Kapan (Armenian per FACTS) inside Azerbaijan,"
                     " so a disc of 1.5 km around Kornidzor and of 2 km around Kapan is given to Armenia.")
        if name == "Russia":
            note += " Only the part inside the cut (Dagestan)."
        feats.append(feature("country-" + name.lower(), props(kind="country", name=name, **{"name:en": name, "name:az": az, "name:hy": hy},
                                                           iso_a3=iso, source=NE, accuracy="approximate", note=note),
                             geom))
    # borders: one feature per pair of countries
    named = {n: g for n, (_, g) in src_.countries.items()}
    pairs = OrderedDict()
    for line in src_.boundary_lines:
        samples = [line.interpolate(f, normalized=True) for f in (0.1, 0.3, 0.5, 0.7, 0.9)]
        touching = sorted(n for n, g in named.items() if sum(g.distance(s) < 1e-5 for s in samples) >= 3)
        if touching == ["Armenia"]:
            touching = ["Armenia", "Azerbaijan"]   # the enclave cut out of Armenia's polygon
        key = tuple(touching)
        pairs.setdefault(key, []).append(line)
    fix_discs = union([snap(disc(pt(pid), r)) for pid, r in BORDER_FIXES])
    az_orig = src_.countries["Azerbaijan"][1]
    for key in sorted(pairs):
        lines = unary_union(pairs[key])
        note = note_ne
        if key == ("Armenia", "Azerbaijan"):
            arc = fix_discs.boundary.intersection(az_orig)
            lines = unary_union([lines.difference(fix_discs), arc])
            note += (" Corrected locally near Kornidzor and Kapan (arcs of the discs given to Armenia, see README);"
                     " the true line there is not in our sources. Includes the Nakhchivan sections and enclave boundaries.")
        merged = merge_lines(lines)
        name = " – ".join(key) + " border"
        feats.append(feature("border-" + "-".join(k.lower() for k in key), props(kind="border", name=name, **{"name:en": name},
                                                                              source=NE, accuracy="approximate", note=note),
                             merged))
    # former NKAO boundary
    ob = merge_lines(unary_union(src_.oblast_lines))
    feats.append(feature("nkao-boundary-1991", props(
        kind="former-boundary", name="Nagorno-Karabakh Autonomous Oblast boundary (1991)",
        **{"name:en": "Nagorno-Karabakh Autonomous Oblast boundary (1991)"},
        source=src(NE, S["1923"], S["1991-11"]), accuracy="approximate",
        note=("Boundary of the Nagorno-Karabakh Autonomous Oblast (NKAO, established 1923 inside the Azerbaijan SSR; "
              "abolished by Azerbaijan's parliament on 1991-11-26), as Natural Earth draws it ('Former USSR oblast in 1991', circa 1991). "
              "Historical reference line, not a current boundary. Coarse: the polygon it encloses measures about 4,282 km² against the published 4,388 km².")),
        ob))
    for lake_id, ne_name, name in [("lake-sevan", "Lake Sevan", "Lake Sevan"), ("mingachevir-reservoir", "Mingevir Reservoir", "Mingachevir Reservoir")]:
        feats.append(feature(lake_id, props(kind="lake", name=name, **{"name:en": name}, source=NE, accuracy="approximate",
                                            note=note_ne + (" Natural Earth spells it 'Mingevir Reservoir'." if ne_name != name else "")),
                             src_.lakes[ne_name]))
    for rid, name in [("river-aras", "Aras"), ("river-kura", "Kura")]:
        lines = [g for n, g in src_.rivers if n == name]
        merged = merge_lines(unary_union(lines))
        note = note_ne + (" Includes Natural Earth's centre line through the Mingachevir reservoir." if name == "Kura" else "")
        feats.append(feature(rid, props(kind="river", name=name, **{"name:en": name}, source=NE, accuracy="approximate", note=note), merged))
    return feats


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------


def place_point(pid):
    p = P[pid]
    if pid == "hin-shen":
        a, b = pt("mets-shen"), pt("hakari-bridge")
        f = HIN_SHEN_FRACTION
        return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
    return (p["lon"], p["lat"])


GEONAMES_NAMES = {"stepanakert": "Xankandi", "shusha": "Shushi", "askeran": "Askyaran", "martakert": "Martakert", "martuni": "Novyy Karanlug",
                  "hadrut": "Hadrut", "khojaly": "Xocali", "lachin": "Lacin", "kalbajar": "Kerbakhiar", "aghdam": "Agdam", "fuzuli": "Fizuli",
                  "jabrayil": "Jebrail", "qubadli": "Qubadli", "zangilan": "Zangilan", "goris": "Goris", "tegh": "Tegh", "kapan": "Kapan",
                  "ganja": "Ganja", "barda": "Barda", "tartar": "Terter"}


def geonames_check(src_):
    """Distance from each FACTS place to the GeoNames entry of the same place (a cross-check reported in the README)."""
    rows = []
    for pid, gname in GEONAMES_NAMES.items():
        hits = [g for n, _, g in src_.geonames if n == gname]
        if hits:
            rows.append((pid, gname, hits[0].y, hits[0].x, dist_km(place_point(pid), (hits[0].x, hits[0].y))))
    return rows


def build_places():
    feats = []
    for p in PLACES:
        lon, lat = place_point(p["id"])
        if p["id"] == "hin-shen":
            lon, lat = round(lon, 4), round(lat, 4)
        approx = p.get("approx", False)
        names = {"name:en": p["name"]}
        if p.get("az"):
            names["name:az"] = p["az"]
        if p.get("hy"):
            names["name:hy"] = p["hy"]
        if p.get("alt"):
            names["alt_name:en"] = p["alt"]
        source = p["src"] if p["id"] != "hin-shen" else src(S["route-b"])
        if p["id"] == "zangilan":
            source = src(source, GN)
        feats.append(feature(p["id"], props(kind=p["kind"], rank=p["rank"], name=p["name"], **names,
                                            disputed=True if p.get("alt") else None,
                                            source=source, accuracy="approximate" if approx else "exact",
                                            note=p.get("note")),
                             Point(lon, lat)))
    return feats


# --------------------------------------------------------------------------------------------
# Routes: waypoints (FACTS section 3)
# --------------------------------------------------------------------------------------------


def old_road_link_point():
    """The point of the old Aghavno-Tegh road '~3 km from Aghavno' where the 2022 interim link joined it."""
    a, t = pt("aghavno"), pt("tegh")
    line = LineString([a, t])
    frac = 3.0 / length_km(line)
    return (a[0] + (t[0] - a[0]) * frac, a[1] + (t[1] - a[1]) * frac)


def route_lines():
    R = {}
    # Sus "also lay on this road" (FACTS section 3 A), order unverified: drawn Aghavno-Sus-Lachin, the only order without a detour
    R["A"] = LineString([pt("goris"), pt("tegh"), pt("aghavno"), pt("sus"), pt("lachin"), pt("lisagor"), BLOCKADE_SITE, pt("stepanakert")])
    # route B north to south, to the Hakari bridge
    R["B_core"] = LineString([pt("stepanakert"), BLOCKADE_SITE, pt("lisagor"), pt("mets-shen"), place_point("hin-shen"), pt("hakari-bridge")])
    R["B_kornidzor"] = LineString([pt("hakari-bridge"), pt("kornidzor"), pt("tegh"), pt("goris")])
    R["B_full"] = LineString(list(R["B_core"].coords) + list(R["B_kornidzor"].coords)[1:])
    R["link"] = LineString([pt("hakari-bridge"), old_road_link_point(), pt("tegh"), pt("goris")])
    R["C"] = LineString([pt("aghdam"), pt("askeran"), pt("khojaly"), pt("stepanakert-airport"), pt("stepanakert")])
    R["D_east"] = LineString([pt("stepanakert"), pt("khojaly"), pt("askeran"), pt("tigranakert"), pt("martakert")])
    R["D_west"] = LineString([pt("stepanakert"), pt("drmbon"), pt("martakert")])
    return R


# --------------------------------------------------------------------------------------------
# Control zones: a partition of one fixed study area into pieces, each with a timeline
# --------------------------------------------------------------------------------------------
A, Z, C = "artsakh", "azerbaijan", "contested"
TAKEOVER = "2023-10-03"         # final transfer of the remaining Artsakh-held area (approximate)
STUDY_BUFFER_M = 15000.0        # band of Azerbaijani-held land around the breakaway and NKAO polygons
CORRIDOR_HALF_WIDTH_M = 2500.0  # the 5 km Lachin corridor
BAND_M = 2000.0                 # the 2023-09-19 contested band along the line of contact
MARGIN_M = 2500.0               # margin kept around Askeran and Chankatagh (see Piece notes)

# Hand-drawn cut lines (lon, lat).  Each is an approximation; the README explains each one.
# District boundaries outside the 1991 oblast (not in any of our sources):
KL = [(45.55, 39.925), (45.95, 39.855), (46.20, 39.895), (46.40, 39.935), (46.60, 39.965)]       # Kalbajar | Lachin
LQ = [(46.20, 39.455), (46.45, 39.47), (46.58, 39.50), (46.62, 39.52)]                    # Lachin | Qubadli
QZ = [(46.30, 39.175), (46.55, 39.185), (46.70, 39.205), (46.78, 39.21)]                   # Qubadli | Zangilan
QJ = [(46.68, 39.47), (46.70, 39.40), (46.75, 39.31), (46.78, 39.21)]                      # Qubadli | Jabrayil
ZJ = [(46.78, 39.21), (46.84, 39.14), (46.88, 39.05)]                                      # Zangilan | Jabrayil
JF = [(46.95, 39.48), (47.05, 39.45), (47.15, 39.45), (47.40, 39.45)]                      # Jabrayil | Fuzuli
# Inside the oblast:
NORTH_LINE = [(46.20, 40.335), (46.55, 40.33), (46.70, 40.325), (46.80, 40.33), (46.95, 40.34)]   # Talish/Sugovushan sector
SEVEN_WEST = 46.855   # the seven Martakert-area settlements: oblast land east of this meridian ...
SEVEN_SOUTH = 40.19   # ... and north of this parallel
PARUKH_BOX = (46.80, 39.965, 46.845, 40.00)
HIN_TAGHER_BOX = (46.945, 39.605, 46.995, 39.6555)
HADRUT_NORTH = 39.60  # the Hadrut piece: oblast land south of this parallel
# The Shusha salient (Azerbaijani-held after 2020 north of HADRUT_NORTH), clockwise from its north-west corner.
SALIENT = [(46.737, 39.775), (46.760, 39.779), (46.785, 39.766), (46.800, 39.735), (46.840, 39.705),
           (46.880, 39.685), (46.905, 39.672), (46.918, 39.6665), (46.932, 39.6625), (46.960, 39.6555),
           (47.060, 39.6555), (47.060, 39.58), (46.68, 39.58), (46.700, 39.655), (46.716, 39.700),
           (46.7365, 39.745)]
CORRIDOR_WEST = (46.74, 39.79)   # no 2023 band west of this meridian and south of this parallel


def half_plane(line, side, far=3.0):
    """The part of a large box on one side ('N', 'S', 'E' or 'W') of a polyline extended at both ends."""
    pts = list(line)

    def extend(p, q):   # from q through p, on beyond the box
        dx, dy = p[0] - q[0], p[1] - q[1]
        n = math.hypot(dx, dy)
        return (p[0] + 4 * far * dx / n, p[1] + 4 * far * dy / n)
    ext = LineString([extend(pts[0], pts[1])] + pts + [extend(pts[-1], pts[-2])])
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    big = box(min(xs) - 2 * far, min(ys) - 2 * far, max(xs) + 2 * far, max(ys) + 2 * far)
    probe = {"N": (sum(xs) / len(xs), max(ys) + far / 2), "S": (sum(xs) / len(xs), min(ys) - far / 2),
             "E": (max(xs) + far / 2, sum(ys) / len(ys)), "W": (min(xs) - far / 2, sum(ys) / len(ys))}[side]
    parts = shapely.ops.split(big, ext).geoms
    hits = [g for g in parts if g.contains(Point(probe))]
    assert len(hits) == 1, (line, side)
    return hits[0]


def box(w, s, e, n):
    return Polygon([(w, s), (e, s), (e, n), (w, n)])


class Piece:
    def __init__(self, pid, geom, steps, desc):
        self.id = pid
        self.geom = geom
        self.steps = steps          # [(date, controller)], first at FIRST_DATE
        self.desc = desc            # how the piece was drawn

    def controller(self, day):
        c = None
        for d, ctl in self.steps:
            if d <= day:
                c = ctl
        return c


# Texts and sources for each change of control (the same change often applies to several pieces).
CHANGES = {
    "1994-05-12": ("Ceasefire of 12 May 1994 (Bishkek Protocol): Armenian forces hold Natural Earth's breakaway polygon; Azerbaijan holds the rest of the study area, "
                   "including the 163 km² of the former oblast outside that polygon in the east and north, Shahumyan, and Jojug Marjanli (retaken by Azerbaijan in January 1994).",
                   src(S["1994"], S["1994-state"]), "exact"),
    "2016-04-02": ("Four-Day War (fighting from the night of 1-2 April 2016): Lalatapa hill and the heights around Talish are fought over.",
                   S["2016"], "approximate"),
    "2016-04-05": ("Ceasefire of 5 April 2016, 12:00: Azerbaijan holds Lalatapa hill and heights around Talish, 800-2,000 ha in all (the first shift of the line since 1994); "
                   "Talish village itself stays with the Armenian side.", S["2016"], "approximate"),
    "2020-10-03": ("Azerbaijan announces the capture of Sugovushan (Mataghis) and Talish (northern sector; only Talish has coordinates in our sources).",
                   S["2020-10-03"], "approximate"),
    "2020-10-04": ("President Aliyev announces the capture of Jabrayil town and 9 villages; the Armenian side denied it at the time. The whole district piece switches on this date.",
                   S["2020-10-04"], "disputed"),
    "2020-10-09": ("President Aliyev announces the capture of Hadrut; the Nagorno-Karabakh Republic denied it (10 Oct). Shown as contested until mid-October "
                   "(Azerbaijan's defence ministry showed video from Hadrut on 16 Oct).", S["2020-10-09"], "disputed"),
    "2020-10-17": ("Hadrut area shown as held by Azerbaijan from 17 Oct (after the video of 16 Oct; approximate). President Aliyev announces the capture of Fuzuli town and 7 villages; "
                   "the Armenian-held part of Fuzuli district switches on this date.", src(S["2020-10-09"], S["2020-10-17"]), "approximate"),
    "2020-10-20": ("President Aliyev announces the capture of Zangilan town; the district piece switches on this date.", S["2020-10-20"], "approximate"),
    "2020-10-25": ("Qubadli town taken (Interfax, 25 Oct; some Azerbaijani outlets date the announcement 26 Oct); the district piece switches on this date.",
                   S["2020-10-25"], "approximate"),
    "2020-11-08": ("President Aliyev announces the capture of Shusha (8 Nov); the Nagorno-Karabakh Republic's spokesman confirmed the loss on 9 Nov. "
                   "The land between Hadrut and Shusha that Azerbaijan held at the ceasefire (including upper Taghavard) switches with Shusha: "
                   "its capture dates are not in our sources.", S["2020-11-08"], "approximate"),
    "2020-11-09": ("Dashalty (Karin Tak) taken (9 Nov).", S["2020-11-08"], "exact"),
    "2020-11-10": ("Split only (no change of geometry): trilateral statement of Azerbaijan, Armenia and Russia, in force from 00:00 Moscow time on 10 Nov 2020; "
                   "the parties stop in the positions they hold. Aghdam, Kalbajar and Lachin districts are to be handed over, and Russian peacekeepers deploy along the line of contact "
                   "and the Lachin corridor (see the peacekeeping and corridor zones).", S["2020-11-10"], "exact"),
    "2020-11-20": ("Azerbaijan's army enters Aghdam district under the trilateral statement of 10 Nov, including 7 Martakert-area settlements that Azerbaijan treats as part of Aghdam district.",
                   src(S["2020-11-10"], S["2020-11-20"]), "exact"),
    "2020-11-25": ("Azerbaijan's army enters Kalbajar district (deadline moved from 15 to 25 Nov).", src(S["2020-11-10"], S["2020-11-15"], S["2020-11-25"]), "exact"),
    "2020-12-01": ("Lachin district handed to Azerbaijan, except the Lachin corridor (Lachin town, Zabukh/Aghavno, Sus), which stays under Russian peacekeepers and is shown on the Artsakh side.",
                   src(S["2020-11-10"], S["2020-12-01"]), "exact"),
    "2020-12-12": ("Azerbaijan takes Hin Tagher and Khtsaberd (Hadrut area), held by Armenian forces at the ceasefire (their coordinates are not in our sources; the piece is placed approximately).",
                   S["2020-12-12"], "exact"),
    "2022-03-24": ("Azerbaijani troops enter the Russian peacekeeping zone at Parukh/Farukh (Askeran); fighting for the Karaglukh height. Russia's defence ministry said they withdrew on 27 Mar; "
                   "Azerbaijan disputes this. Because the two sides' accounts differ, the piece is shown as contested from 24 Mar 2022 until the offensive of Sept 2023 "
                   "(placed approximately: Parukh's and Karaglukh's coordinates are not in our sources).",
                   S["2022-03-24"], "exact"),
    "2022-08-26": ("Azerbaijan's army takes Lachin, Zabukh (Aghavno) and Sus; the corridor is moved to the bypass road (opened about 30 Aug): the strip along the old road goes to Azerbaijan, "
                   "a 5 km strip along the bypass road is shown on the Artsakh side (Russian peacekeepers).", src(S["2022-08-26"], S["route-b"]), "exact"),
    "2023-09-19": ("Azerbaijan's defence ministry starts 'local anti-terrorist measures' (about 13:00). A 2 km band along the line of contact is shown as contested: "
                   "an illustration of where fighting was, not a mapped front (the corridor strip is left out).", S["2023-09-19"], "approximate"),
    "2023-09-20": ("Ceasefire via the Russian peacekeepers (13:00); the Nagorno-Karabakh Republic's forces agree to disarm. The band of 19 Sept and the contested Parukh piece are shown as held by Azerbaijan "
                   "from this date (approximate).", S["2023-09-20"], "approximate"),
    TAKEOVER: ("Final transfer of the remaining Artsakh-held area to Azerbaijan, dated 3 Oct 2023, when the exodus was essentially complete (100,617 arrivals in Armenia by 3 Oct, of about 120,000). "
               "Azerbaijan took effective control progressively from late September to October 2023; its flag was raised in Stepanakert/Khankendi on 15 Oct.",
               src(S["2023-09-24"], S["2023-09-28"], S["2023-10-15"]), "approximate"),
    "2024-01-01": ("Split only (no change of geometry): 1 Jan 2024 is the date set by the Nagorno-Karabakh Republic president's decree of 28 Sept 2023 for the dissolution of its institutions "
                   "(its force was later disputed by advisers: unverified in English).", src(S["2023-09-28"], S["2024-01-01"]), "exact"),
}


def std_steps(*pairs):
    return [(FIRST_DATE, A)] + list(pairs)


def build_pieces(src_, countries):
    """Cut the study area into pieces; returns (study area, pieces, helper geometries)."""
    az_iso, az = countries["Azerbaijan"]
    az_main = component_containing(az, pt("stepanakert"))
    br = inter(snap(src_.breakaway), az_main)
    nk = inter(snap(src_.nkao), az_main)
    core_area = union([br, nk])
    study = inter(union([snap(buffer_m(core_area, STUDY_BUFFER_M)), core_area]), az_main)
    R = route_lines()

    pieces = []
    remaining = study

    def take(pid, claim, steps, desc):
        nonlocal remaining
        g = inter(remaining, claim)
        remaining = diff(remaining, claim)
        if g.is_empty:
            raise AssertionError("empty piece " + pid)
        pieces.append(Piece(pid, g, steps, desc))
        return g

    # 0. Azerbaijani-held from 1994: everything outside the breakaway polygon, plus Jojug Marjanli
    line94 = src_.ceasefire_1994

    def toward_line(lonlat, metres):
        q = line94.interpolate(line94.project(Point(lonlat)))
        return snap(buffer_m(LineString([lonlat, (q.x, q.y)]), metres))
    jojug = toward_line(JOJUG_MARJANLI, 1000.0)
    take("az-1994", union([diff(study, br), inter(jojug, br)]), [(FIRST_DATE, Z)],
         "Study area outside Natural Earth's breakaway polygon (Azerbaijani-held since before the 1994 ceasefire), plus a 1 km buffer around the line from "
         "Jojug Marjanli to the nearest point of the 1994 ceasefire line: Natural Earth's polygon includes the village, which Azerbaijan retook in January 1994 (FACTS section 1).")

    # 1. April 2016 (Four-Day War)
    lal = pt("lalatapa")
    edge = br.exterior if isinstance(br, Polygon) else max(br.geoms, key=lambda g: g.area).exterior
    steps16 = std_steps(("2016-04-02", C), ("2016-04-05", Z))
    take("lalatapa-2016", toward_line(lal, 800.0), steps16,
         "Lalatapa hill: a 0.8 km buffer around the line from the hill (FACTS: 2.9 km north-west of Jojug Marjanli) to the nearest point of the 1994 ceasefire line.")
    tal = pt("talish")
    talish_edge = edge.intersection(box(46.71, 40.36, 46.82, 40.43))
    tal_claim = diff(snap(buffer_m(talish_edge, 800.0)), snap(disc(tal, 1500.0)))
    take("talish-heights-2016", tal_claim, steps16,
         "Heights around Talish: a 0.8 km strip inside the 1994 line north-east of Talish village (46.71-46.82 E), keeping 1.5 km around the village, which stayed with the Armenian side.")

    # 2. districts outside the oblast
    outside = diff(br, nk)
    west = component_containing(outside, pt("kalbajar"))
    east = component_containing(outside, pt("aghdam"))
    kal = take("kalbajar", inter(west, inter(half_plane(KL, "N"), box(44.0, 39.0, 46.7, 41.0))), std_steps(("2020-11-25", Z)),
               "Kalbajar district outside the 1991 oblast: breakaway polygon north of a hand-drawn Kalbajar/Lachin line (not in our sources).")
    lachin_claim = inter(inter(west, inter(half_plane(KL, "S"), half_plane(LQ, "N"))), box(44.0, 39.0, 46.9, 41.0))
    # Lachin district: cells of the old (A) and new (B) corridor strips
    bufA = snap(buffer_m(R["A"], CORRIDOR_HALF_WIDTH_M))
    # the bypass strip leaves out 1 km around the three places Azerbaijan took on 2022-08-26 (FACTS), which the bypass road avoided
    bufB = diff(snap(buffer_m(R["B_full"], CORRIDOR_HALF_WIDTH_M)), union([snap(disc(pt(x), 1000.0)) for x in ("lachin", "aghavno", "sus")]))
    lachin_geom = inter(remaining, lachin_claim)
    for inA in (True, False):
        for inB in (True, False):
            cell = lachin_geom
            cell = inter(cell, bufA) if inA else diff(cell, bufA)
            cell = inter(cell, bufB) if inB else diff(cell, bufB)
            if cell.is_empty:
                continue
            steps = [(FIRST_DATE, A), ("2020-12-01", A if inA else Z), ("2022-08-26", A if inB else Z), (TAKEOVER, Z)]
            name = {(True, True): "lachin-corridor-old-and-new", (True, False): "lachin-corridor-old",
                    (False, True): "lachin-corridor-new", (False, False): "lachin"}[(inA, inB)]
            desc = {
                (True, True): "Lachin district inside both corridor strips (2.5 km each side of the old road and of the bypass road).",
                (True, False): "Lachin district inside the old corridor strip only (2.5 km each side of the old road through Lachin and Aghavno).",
                (False, True): "Lachin district inside the new corridor strip only (2.5 km each side of the bypass road): handed to Azerbaijan on 1 Dec 2020, "
                               "inside the re-routed corridor from 26 Aug 2022.",
                (False, False): "Lachin district outside both corridor strips: breakaway polygon between the hand-drawn Kalbajar/Lachin and Lachin/Qubadli lines, west of the 1991 oblast.",
            }[(inA, inB)]
            take(name, cell, compress(steps), desc)
    lachin_total = union([p.geom for p in pieces if p.id.startswith("lachin")])
    qub = take("qubadli", inter(west, inter(inter(half_plane(LQ, "S"), half_plane(QZ, "N")), inter(half_plane(QJ, "W"), box(44.0, 39.0, 46.9, 41.0)))),
               std_steps(("2020-10-25", Z)),
               "Qubadli district: between the hand-drawn Lachin/Qubadli, Qubadli/Zangilan and Qubadli/Jabrayil lines.")
    zan = take("zangilan", inter(west, inter(inter(half_plane(QZ, "S"), half_plane(ZJ, "W")), box(44.0, 38.0, 47.0, 41.0))), std_steps(("2020-10-20", Z)),
               "Zangilan district: south of the hand-drawn Qubadli/Zangilan line and west of the Zangilan/Jabrayil line.")
    fuz = take("fuzuli", component_containing(inter(remaining, inter(west, inter(half_plane(JF, "N"), box(46.95, 39.3, 48.0, 40.0)))), pt("fuzuli")),
               std_steps(("2020-10-17", Z)),
               "Fuzuli district (Armenian-held western part): the breakaway polygon east of the oblast's Hadrut lobe and north of a hand-drawn Jabrayil/Fuzuli line.")
    jab = take("jabrayil", west, std_steps(("2020-10-04", Z)),
               "Jabrayil district (Armenian-held part): the rest of the breakaway polygon outside the oblast in the south, between the Qubadli and Zangilan pieces, "
               "the oblast's Hadrut lobe, the Jabrayil/Fuzuli line and the Aras.")
    for g, lonlat in ((kal, pt("kalbajar")), (qub, pt("qubadli")), (zan, pt("zangilan")), (fuz, pt("fuzuli")), (jab, pt("jabrayil"))):
        big = max(getattr(g, "geoms", [g]), key=lambda x: x.area)
        if not big.contains(Point(lonlat)) or sum(area_km2(x) for x in getattr(g, "geoms", [g])) - area_km2(big) > 1.0:
            raise AssertionError("district piece is not one block around its town: %s %s" % (lonlat, [round(area_km2(x), 2) for x in getattr(g, "geoms", [g])]))
    # Aghdam: the eastern component, except margins kept around Askeran and Chankatagh
    margins = inter(east, union([snap(disc(pt("askeran"), MARGIN_M)), snap(disc(pt("chankatagh"), MARGIN_M))]))
    take("askeran-chankatagh-margin", margins, std_steps((TAKEOVER, Z)),
         "Land of the Aghdam-district side within 2.5 km of Askeran and Chankatagh, kept with the Armenian side after 2020: FACTS puts both on the Armenian side in 2020-2023, "
         "and Natural Earth's 1991 oblast line passes within 300 m of their coordinates.")
    agd = take("aghdam", east, std_steps(("2020-11-20", Z)),
               "Aghdam district (Armenian-held western part): the part of the breakaway polygon east of the 1991 oblast between its Martakert and Martuni lobes.")

    # 3. inside the oblast
    north = take("north-talish-sugovushan", inter(nk, half_plane(NORTH_LINE, "N")), std_steps(("2020-10-03", Z)),
                 "Northern sector (Talish, Sugovushan/Mataghis): oblast land north of a hand-drawn line near 40.33 N, placed around Talish; "
                 "Sugovushan's coordinates are not in our sources.")
    seven = take("martakert-seven-settlements", inter(nk, box(SEVEN_WEST, SEVEN_SOUTH, 48.0, 41.0)), std_steps(("2020-11-20", Z)),
                 "The 7 Martakert-area settlements Azerbaijan treats as part of Aghdam district: oblast land east of 46.855 E and north of 40.19 N, east and south-east of Martakert "
                 "(the settlements' coordinates are not in our sources; Martakert stays about 3.5 km west of the line).")
    par = take("parukh", inter(nk, box(*PARUKH_BOX)), std_steps(("2022-03-24", C), ("2023-09-20", Z)),
               "Parukh/Karaglukh: a box of about 4 x 4 km on the line of contact north of Askeran (46.80-46.845 E, 39.965-40.00 N); Parukh's and the Karaglukh height's coordinates are not in our sources.")
    take("fuzuli-oblast-lobe", inter(nk, box(47.0, HADRUT_NORTH, 48.0, 39.6555)), std_steps(("2020-10-17", Z)),
         "Oblast land north of Fuzuli town (east of 47.0 E, between 39.60 and 39.6555 N), south of the drawn 2020 line: switches with Fuzuli.")
    had = take("hadrut", inter(nk, box(46.0, 39.0, 48.0, HADRUT_NORTH)), std_steps(("2020-10-09", C), ("2020-10-17", Z)),
               "Hadrut area: oblast land south of 39.60 N (the former Hadrut district as Azerbaijan held it after the war, including the oblast's south-western lobe).")
    hin = take("hin-tagher-khtsaberd", inter(nk, box(*HIN_TAGHER_BOX)), std_steps(("2020-12-12", Z)),
               "Hin Tagher and Khtsaberd: a box of about 4 x 5.5 km north of Hadrut (46.945-46.995 E, 39.605-39.6555 N), on the Armenian side of the drawn 2020 line until 12 Dec 2020; "
               "the villages' coordinates are not in our sources.")
    salient = snap(Polygon(SALIENT))
    dash = take("dashalty", inter(inter(nk, salient), snap(disc(pt("dashalty"), 1000.0))), std_steps(("2020-11-09", Z)),
                "Dashalty (Karin Tak): a disc of 1 km around the village, inside the Shusha salient.")
    shu = take("shusha-salient", inter(nk, salient), std_steps(("2020-11-08", Z)),
               "Shusha and the land Azerbaijan held at the ceasefire between Shusha and the Hadrut area: a hand-drawn salient. Its west edge runs 0.6-3 km east of the corridor road "
               "(the road skirts Shusha at the Shusha/Dashalty junction); its east edge runs from north of Shusha to Taghavard, which it splits, keeping FACTS' Taghavard point "
               "on the Armenian side (lower Taghavard), then east along about 39.655 N to the oblast line, keeping Qirmizi Bazar (GeoNames) on the Armenian side.")
    core = take("central", nk, std_steps((TAKEOVER, Z)),
                "Central Nagorno-Karabakh held by the Armenian side until 2023: the rest of the 1991 oblast inside the breakaway polygon.")
    if not remaining.is_empty and area_km2(remaining) > 1e-6:
        raise AssertionError("unassigned area: %.6f km²" % area_km2(remaining))

    # 4. the 2023-09-19 band: Armenian-held pieces within BAND_M of land not held by them on 2023-09-18
    day = "2023-09-18"
    a_pieces = [p for p in pieces if p.controller(day) == A]
    other = union([p.geom for p in pieces if p.controller(day) != A])
    corridor_pieces = {"lachin-corridor-old-and-new", "lachin-corridor-new", "lachin-corridor-old"}
    band = diff(snap(buffer_m(other, BAND_M)), box(40, 30, CORRIDOR_WEST[0], CORRIDOR_WEST[1]))
    new_pieces = []
    for p in pieces:
        if p in a_pieces and p.id not in corridor_pieces:
            inside = inter(p.geom, band)
            if not inside.is_empty:
                outside_band = diff(p.geom, band)
                steps = [s for s in p.steps if s[0] < "2023-09-19"] + [("2023-09-19", C), ("2023-09-20", Z)]
                new_pieces.append(Piece(p.id + "-band-2023", inside, steps,
                                        p.desc + " Part within 2 km of the line of contact of 18 Sept 2023 (the band of 19 Sept 2023)."))
                if not outside_band.is_empty:
                    new_pieces.append(Piece(p.id, outside_band, p.steps, p.desc))
                continue
        new_pieces.append(p)
    pieces = new_pieces
    study = to_coverage(pieces)
    helpers = dict(breakaway=br, nkao=nk, bufA=bufA, bufB=bufB, routes=R, lachin_district=lachin_total,
                   kalbajar=kal, qubadli=qub, zangilan=zan, jabrayil=jab, fuzuli=fuz, aghdam=agd, band=band)
    return study, pieces, helpers


def to_coverage(pieces):
    """Make the pieces an exact coverage: node all their boundaries once on the 1e-6 grid, polygonize,
    give every face to the piece it overlaps most, and rebuild each piece as the union of its faces.
    Unions of faces that share edges exactly (coverage unions) add no vertices and move nothing, so the
    zones built from them neither overlap nor leave gaps, even after rounding to 6 decimals.
    Returns the study area (the union of all faces)."""
    lines = shapely.union_all([p.geom.boundary for p in pieces], grid_size=GRID)
    faces = list(shapely.polygonize(list(getattr(lines, "geoms", [lines]))).geoms)
    tree = shapely.STRtree([p.geom for p in pieces])
    owned = {i: [] for i in range(len(pieces))}
    for face in faces:
        cands = tree.query(face)
        best = max(cands, key=lambda i: shapely.intersection(face, pieces[i].geom).area)
        if shapely.intersection(face, pieces[best].geom).area <= 0:
            raise AssertionError("face outside every piece")
        owned[best].append(face)
    for i, p in enumerate(pieces):
        before = p.geom
        p.geom = polygonal(shapely.coverage_union_all(owned[i]))
        if abs(area_km2(before) - area_km2(p.geom)) > 0.01:
            raise AssertionError("piece %s changed by %.4f km² when noded" % (p.id, area_km2(before) - area_km2(p.geom)))
    return polygonal(shapely.coverage_union_all(faces))


def coverage_union(geoms):
    geoms = [g for g in geoms if not g.is_empty]
    if not geoms:
        return MultiPolygon()
    parts = []
    for g in geoms:
        parts.extend(getattr(g, "geoms", [g]))
    return polygonal(shapely.coverage_union_all(parts))


def compress(steps):
    out = []
    for d, c in steps:
        if not out or out[-1][1] != c:
            out.append((d, c))
    return out


# Dates on which a controller's feature is split although its geometry does not change, so that
# the date is a key date of the zones (the ceasefire of 2020 and the dissolution date of 2024).
FORCED_SPLITS = {"2020-11-10": (A, Z), "2024-01-01": (Z,)}


def controller_dates(pieces):
    ds = set(FORCED_SPLITS)
    for p in pieces:
        for d, _ in p.steps:
            ds.add(d)
    return sorted(ds)


def build_zones(study, pieces, helpers):
    dates = controller_dates(pieces)
    feats = []
    # control zones: one feature per controller and interval of constant geometry
    for ctl in (A, Z, C):
        current = None   # (start, frozenset of piece ids)
        intervals = []
        for d in dates:
            ids = frozenset(p.id for p in pieces if p.controller(d) == ctl)
            if current is None or ids != current[1] or ctl in FORCED_SPLITS.get(d, ()):
                if current is not None and current[1]:
                    intervals.append((current[0], d, current[1]))
                current = (d, ids)
        if current[1]:
            intervals.append((current[0], None, current[1]))
        for start, end, ids in intervals:
            members = [p for p in pieces if p.id in ids]
            geom = coverage_union([p.geom for p in members])
            change = CHANGES[start]
            # cumulative sources: the 1994 state plus every change up to the start date
            srcs = [NE, CHANGES[FIRST_DATE][1]]
            for d in dates:
                if FIRST_DATE < d <= start and d in CHANGES:
                    srcs.append(CHANGES[d][1])
            if start >= "2020-11-10":
                srcs.append(src(S["2020-11-10"], S["polgeonow"]))
            label = {A: "Held by the Republic of Artsakh (Nagorno-Karabakh Republic) and Armenian forces",
                     Z: "Held by Azerbaijan", C: "Contested (fighting or disputed control)"}[ctl]
            extra = ""
            if ctl == A and start >= "2020-12-01":
                extra = " Includes the Lachin corridor strip, under Russian peacekeepers (trilateral statement of 10 Nov 2020), shown on the Artsakh side by convention."
            if ctl == A and "2022-08-26" <= start < TAKEOVER and "2023-04-23" <= (end or "9999"):
                extra += " From 23 Apr 2023 Azerbaijan's State Border Service had a checkpoint at the Hakari bridge, at the corridor's Armenian end."
            if ctl == C and start == "2023-09-19":
                extra += " Also includes the Parukh piece, contested since 24 Mar 2022."
            if ctl == A and start == "2023-09-19":
                extra += (" From the ceasefire of 20 Sept the Nagorno-Karabakh Republic's forces were disarming and Azerbaijan took control progressively; "
                          "this remainder is shown on the Artsakh side until the transfer dated 3 Oct 2023 (approximate).")
            note = (label + ". Approximate boundaries derived from Natural Earth's breakaway and 1991 oblast polygons cut along hand-drawn lines through the places FACTS names "
                    "(see data/nagorno-karabakh/README.md); not a surveyed line. On " + start + ": " + change[0] + extra)
            fid = "zone-%s-%s" % (ctl, start)
            feats.append(feature(fid, props(kind="control", controller=ctl, start_date=start, end_date=end, date_accuracy=change[2],
                                            source=src(*srcs), accuracy="approximate", note=note), as_multi(geom)))
    # overlays
    by_id = {p.id: p for p in pieces}

    def held(day, extra_ids=()):
        return union([p.geom for p in pieces if p.controller(day) == A or p.id in extra_ids])

    parukh = [pid for pid in by_id if pid.startswith("parukh")]
    pk = [("2020-11-10", "2020-12-12", held("2020-12-01"),
           "Area left to the Armenian side after the handovers of Aghdam (20 Nov), Kalbajar (25 Nov) and Lachin district (1 Dec), including the corridor: Russian peacekeepers deployed "
           "from 10 Nov 2020 along the line of contact and the Lachin corridor (1,960 troops; 18 observation posts per Russia's map of 15 Nov 2020; headquarters near the airport at Ivanyan/Khojaly)."),
          ("2020-12-12", "2022-08-26", held("2020-12-12"),
           "Reshaped after Azerbaijan took Hin Tagher and Khtsaberd on 12 Dec 2020. The Parukh piece, entered by Azerbaijani troops in March 2022, stays inside the zone."),
          ("2022-08-26", "2024-06-12", held("2022-09-01", parukh),
           "Reshaped when the corridor moved to the bypass road on 26 Aug 2022. Kept unchanged after the take-over of Sept-Oct 2023, while the peacekeepers stayed, "
           "until their withdrawal was completed on 12 Jun 2024 (per Azerbaijan's defence ministry; it began about 10-17 Apr 2024).")]
    for start, end, geom, text in pk:
        feats.append(feature("zone-peacekeeping-" + start, props(
            kind="peacekeeping", name="Russian peacekeeping zone", **{"name:en": "Russian peacekeeping zone"},
            start_date=start, end_date=end, date_accuracy="approximate" if end == "2024-06-12" else "exact",
            source=src(S["2020-11-10"], S["rupk"], S["polgeonow"], S["2020-12-12"] if start >= "2020-12-12" else "",
                       S["2022-08-26"] if start >= "2022-08-26" else "", S["2024-04-17"] if end == "2024-06-12" else ""),
            accuracy="approximate",
            note="Approximate: drawn as the area held by the Armenian side (see the control zones); our sources give no line for the zone. " + text), as_multi(geom)))
    corA = inter(helpers["bufA"], held("2020-12-01"))
    corB = inter(helpers["bufB"], held("2022-09-01"))
    feats.append(feature("zone-corridor-2020-11-10", props(
        kind="corridor", name="Lachin corridor", **{"name:en": "Lachin corridor", "name:az": "Laçın dəhlizi", "name:hy": "Բերձորի միջանցք", "alt_name:en": "Berdzor corridor"},
        start_date="2020-11-10", end_date="2022-08-26", date_accuracy="exact",
        source=src(S["2020-11-10"], S["corridor-text"], S["route-a"]), accuracy="approximate",
        note=("The 5 km-wide Lachin corridor of the trilateral statement of 10 Nov 2020, under Russian peacekeepers: drawn as 2.5 km each side of the old Goris-Stepanakert road "
              "(route A, through Aghavno, Lachin and Lisagor) inside Azerbaijan, without Shusha ('will not include the city of Shusha'; Armenian text: 'will circumvent the city of Shushi') "
              "and without the rest of the Azerbaijani-held Shusha salient. Approximate: the road is drawn as straight lines between waypoints.")), as_multi(corA)))
    feats.append(feature("zone-corridor-2022-08-26", props(
        kind="corridor", name="Lachin corridor", **{"name:en": "Lachin corridor", "name:az": "Laçın dəhlizi", "name:hy": "Բերձորի միջանցք", "alt_name:en": "Berdzor corridor"},
        start_date="2022-08-26", end_date="2024-06-12", date_accuracy="approximate",
        source=src(S["2022-08-26"], S["route-b"], S["2024-04-17"]), accuracy="approximate",
        note=("The corridor re-routed on 26 Aug 2022 to the bypass road (route B: Lisagor, Mets Shen, Hin Shen, Hakari bridge), bypassing Lachin, Aghavno and Sus; opened about 30 Aug. "
              "Drawn as 2.5 km each side of that road inside Azerbaijan. The temporary link of Aug 2022-Apr 2023 towards Tegh is a route only: its strip is not defined in our sources. "
              "Azerbaijani checkpoint at the Hakari bridge from 23 Apr 2023. After the take-over of Sept-Oct 2023 the corridor lay in Azerbaijani-held territory; "
              "it is drawn until the Russian peacekeepers' withdrawal was completed (12 Jun 2024, per Azerbaijan's defence ministry).")), as_multi(corB)))
    return feats


# --------------------------------------------------------------------------------------------
# Routes
# --------------------------------------------------------------------------------------------


def build_routes(R):
    feats = []
    corridor_names = {"name:az": "Laçın–Xankəndi yolu", "name:hy": "Բերձորի միջանցք"}
    aghdam_names = {"name:az": "Ağdam–Xankəndi yolu", "name:hy": "Ակնա–Ստեփանակերտ ճանապարհ"}
    names_note = (" Names: 'the Lachin Corridor and the Aghdam road' (ICRC); Armenian sources say 'Berdzor corridor' and 'Akna-Stepanakert road', "
                  "Azerbaijani sources 'Lachin-Khankendi' and 'Aghdam-Khankendi road' (FACTS section 5; name:az and name:hy render these).")
    geometry_note = "Approximate geometry: straight lines between the FACTS section 3 waypoints, not the road's real course."

    def add(route, start, end, status, geom, name, names, source, note, date_accuracy="exact"):
        fid = "route-%s-%s" % (route, start)
        feats.append(feature(fid, props(kind="road", route=route, status=status, name=name, **names,
                                        start_date=start, end_date=end, date_accuracy=date_accuracy,
                                        source=source, accuracy="approximate", note=note), geom))

    a_src = src(S["route-a"], S["names-roads"])
    add("lachin-corridor", FIRST_DATE, "2022-08-26", "open", R["A"], "Lachin corridor", corridor_names, src(a_src, S["2020-11-10"], S["2022-08-26"]),
        "The original Lachin corridor road (M12 Goris-Stepanakert highway, in use since 1992; our data start on 1994-05-12): Goris, Tegh, the border in the Hakari valley "
        "(crossing point unverified), Aghavno, Sus, Lachin, Lisagor, the Shusha/Dashalty junction, Stepanakert. Under Russian peacekeepers from 10 Nov 2020; after Nov 2020 it skirted "
        "Azerbaijani-held Shusha at the junction. Replaced by the bypass road on 26 Aug 2022. Sus lay on this road (de.wikipedia), but its order relative to Lachin is unverified: "
        "drawn Aghavno-Sus-Lachin, the order without a detour. "
        + geometry_note + names_note)
    b_src = src(S["route-b"], S["names-roads"])
    bypass = "Lachin corridor (bypass road)"
    core = R["B_core"]
    full = R["B_full"]
    add("lachin-corridor-bypass", "2022-08-26", "2022-12-12", "open", core, bypass, corridor_names, src(b_src, S["2022-08-26"]),
        "The re-routed corridor (Stepanakert, Shusha/Dashalty junction, Lisagor, Mets Shen, Hin Shen, Hakari bridge), bypassing Lachin, Aghavno and Sus. FACTS: opened about 30 Aug 2022, "
        "four days after Lachin was handed over on 26 Aug; the days between are not documented in our sources. Until about 1 Apr 2023 traffic left it near the Hakari bridge "
        "for the temporary link towards Tegh (route lachin-bypass-interim-link). Hin Shen's position is approximate. Azerbaijani section 32 km, 7 m carriageway (per Azerbaijan's roads agency, 2022). "
        + geometry_note + names_note, "approximate")
    add("lachin-corridor-bypass", "2022-12-12", "2023-04-01", "blockaded", core, bypass, corridor_names, src(b_src, S["2022-12-12"]),
        "Blockaded from 12 Dec 2022, 10:30: a sit-in by Azerbaijani 'eco-activists' at the Shusha/Dashalty (Karin Tak) junction below Shusha (39.7519, 46.7289); gas supply cut 13-16 Dec. "
        + geometry_note)
    add("lachin-corridor-bypass", "2023-04-01", "2023-04-23", "blockaded", full, bypass, corridor_names, src(b_src, S["2022-12-12"], S["2023-04-01"]),
        "Still blockaded at the Shusha/Dashalty junction. From about 1 Apr 2023 traffic on the Armenian side uses the new Tegh-Kornidzor road (11 km section border-Kornidzor) "
        "instead of the temporary link to Tegh; the line now continues from the Hakari bridge to Kornidzor, Tegh and Goris. " + geometry_note, "approximate")
    add("lachin-corridor-bypass", "2023-04-23", "2023-06-15", "checkpoint", full, bypass, corridor_names, src(b_src, S["2023-04-23"], S["2023-04-28"]),
        "Azerbaijan's State Border Service sets up a checkpoint at the Hakari bridge on 23 Apr 2023 at 12:00, at the start of the Lachin road at the Armenian border. "
        "The sit-in near Shusha ended on 28 Apr or 1 May 2023. " + geometry_note)
    add("lachin-corridor-bypass", "2023-06-15", "2023-09-18", "closed", full, bypass, corridor_names, src(b_src, S["2023-06-15"]),
        "After an incident at the Hakari bridge on 15 Jun 2023 (about 08:40), Azerbaijan bars all humanitarian passage by the ICRC and the Russian peacekeepers. " + geometry_note)
    add("lachin-corridor-bypass", "2023-09-18", "2023-09-19", "checkpoint", full, bypass, corridor_names, src(b_src, S["2023-09-18"]),
        "18 Sept 2023 only: ICRC trucks bring flour and medical items through the corridor, at the same time as others on the Aghdam road (agreed on 1 Sept, per the Azerbaijani Red Crescent). "
        "Status 'checkpoint': passage of the ICRC convoy through the Azerbaijani checkpoint, not general traffic. " + geometry_note)
    add("lachin-corridor-bypass", "2023-09-19", "2023-09-24", "closed", full, bypass, corridor_names, src(b_src, S["2023-09-19"], S["2023-09-20"]),
        "Closed again from 19 Sept 2023 (offensive of 19 Sept, ceasefire of 20 Sept); our sources record no traffic until the first refugees arrived in Armenia on 24 Sept. " + geometry_note,
        "approximate")
    add("lachin-corridor-bypass", "2023-09-24", "2023-10-04", "open", full, bypass, corridor_names, src(b_src, S["2023-09-24"]),
        "Open for the exodus to Armenia, through the Azerbaijani checkpoint at the Hakari bridge, to the reception centre at Kornidzor: first arrivals 24 Sept; 2,906 by 25 Sept 06:00; "
        "100,417 by 30 Sept; 100,617 by 3 Oct (of about 120,000). 'Open' means open for those leaving; our sources do not describe traffic in the other direction. " + geometry_note)
    add("lachin-corridor-bypass", "2023-10-04", None, "checkpoint", full, bypass, corridor_names, src(b_src, S["2023-04-23"], S["2023-09-24"]),
        "After the exodus (our last figure: 3 Oct 2023) the road runs wholly through Azerbaijani-controlled territory to the Azerbaijani checkpoint at the Hakari bridge on the border with Armenia. "
        "Status 'checkpoint' records that border post; our sources do not describe traffic on the road after 3 Oct 2023, and nothing here was checked after June 2024. " + geometry_note,
        "approximate")
    add("lachin-bypass-interim-link", "2022-08-26", "2023-04-01", "open", R["link"], "Lachin corridor (temporary link to Tegh)", corridor_names,
        src(b_src, S["2022-08-26"], S["2023-04-01"]),
        "Temporary link of Aug 2022 to about 1 Apr 2023: a 4.5 km section from the bypass road near the Hakari bridge to the old Aghavno-Tegh road about 3 km from Aghavno, "
        "then the old road to Tegh and Goris. Its start on the bypass road is not in our sources (drawn from the Hakari bridge: 4.8 km as drawn). Status 'open' follows the bypass "
        "road until the blockade of 12 Dec 2022, which stopped traffic at the Shusha/Dashalty junction, upstream of this link; the link itself is not reported closed. "
        + geometry_note, "approximate")
    c_src = src(S["route-c"], "https://askwikinow.com/view_html.php?lang=en&q=Aghdam&sq=Sri+Lanka", "https://en.wikipedia.org/wiki/?oldid=1002900662&title=Askeran", S["names-roads"])
    add("aghdam-road", FIRST_DATE, "2020-11-20", "open", R["C"], "Aghdam road", aghdam_names, src(c_src, S["1994-state"]),
        "Aghdam-Askeran-Khojaly-Stepanakert road (26 km Aghdam-Stepanakert), inside the Armenian-held area from the 1994 ceasefire until the handover of Aghdam district on 20 Nov 2020. "
        "Its traffic during the war of 27 Sept-9 Nov 2020 is not in our sources. " + geometry_note + names_note)
    add("aghdam-road", "2020-11-20", "2023-09-18", "closed", R["C"], "Aghdam road", aghdam_names, src(c_src, S["2020-11-20"]),
        "From the handover of Aghdam district (20 Nov 2020) the road crossed the line of contact between Aghdam and Askeran: no through traffic recorded in our sources "
        "(closed for through traffic; its use on 18 Sept 2023 needed an agreement). " + geometry_note)
    add("aghdam-road", "2023-09-18", "2023-09-19", "open", R["C"], "Aghdam road", aghdam_names, src(c_src, S["2023-09-18"]),
        "18 Sept 2023 only: ICRC trucks deliver flour and medical items through Aghdam and Askeran to Stepanakert, at the same time as the delivery through the Lachin corridor "
        "(agreed on 1 Sept, per the Azerbaijani Red Crescent). 'Open' for this delivery only. " + geometry_note)
    add("aghdam-road", "2023-09-19", TAKEOVER, "closed", R["C"], "Aghdam road", aghdam_names, src(c_src, S["2023-09-19"]),
        "Closed again from the offensive of 19 Sept 2023 until the final transfer of control (dated 3 Oct 2023, approximate). After that the road lies wholly in Azerbaijani-held territory; "
        "its status is not in our sources, so no later interval is given. " + geometry_note, "approximate")
    d_src = src(S["route-d"], "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Martakert")
    add("stepanakert-martakert-east", FIRST_DATE, "2020-11-20", "open", R["D_east"], "Stepanakert–Martakert road (eastern route)", {}, src(d_src, S["1994-state"]),
        "Pre-2020 eastern route: Stepanakert, Khojaly, Askeran, past Tigranakert, Martakert (North-South highway section Stepanakert-Martakert, 72.5 km). " + geometry_note)
    add("stepanakert-martakert-east", "2020-11-20", TAKEOVER, "closed", R["D_east"], "Stepanakert–Martakert road (eastern route)", {}, src(d_src, S["2020-11-20"]),
        "From 20 Nov 2020 the stretch past Tigranakert lay in Azerbaijani-held Aghdam district; traffic used the western route via Drmbon. No later interval is given. " + geometry_note,
        "exact")
    add("stepanakert-martakert-west", "2020-11-20", TAKEOVER, "open", R["D_west"], "Stepanakert–Martakert road (western route)", {}, src(d_src, S["2020-11-20"]),
        "Western route used after Nov 2020, via Drmbon (71 km from Stepanakert) and Nerkin Horatagh, whose coordinates are not in our sources: drawn as straight lines "
        "Stepanakert-Drmbon-Martakert, much shorter than the road. From late 2022 a new 27 km Chankatagh-Nerkin Horatagh road shortened the trip by about 20-24 km "
        "(not drawn: its alignment is unverified). Ends with the transfer of control (dated 3 Oct 2023, approximate); later status not in our sources.", "approximate")
    return feats


# --------------------------------------------------------------------------------------------
# Events (FACTS section 1)
# --------------------------------------------------------------------------------------------


def build_events(helpers, pieces):
    R = helpers["routes"]
    by_id = {p.id: p for p in pieces}
    feats = []
    at_stepanakert = "Drawn at Stepanakert: the event concerned the whole region."

    def rep(pid):
        g = union([p.geom for p in pieces if p.id == pid or p.id.startswith(pid + "-band")])
        return g.representative_point()

    def ev(eid, kind, title, date, geom, source, accuracy, note=None, description=None, end=None, time=None, time_note=None, date_accuracy="exact"):
        feats.append(feature("event-" + date + "-" + eid, props(kind=kind, title=title, description=description, date=date, end_date=end,
                                                               time=time, time_note=time_note, date_accuracy=date_accuracy,
                                                               source=source, accuracy=accuracy, note=note), geom))

    P_ = lambda pid: Point(pt(pid))
    ev("nkao-established", "decree", "Nagorno-Karabakh Autonomous Oblast established", "1923-07-07", P_("stepanakert"), S["1923"], "exact",
       description="The Nagorno-Karabakh Autonomous Oblast (NKAO) is formally established inside the Azerbaijan SSR; its capital is moved to Stepanakert. Area 4,388 km² (1989 population 189,085).",
       note="Before the data's first date (1994-05-12): timeline only.")
    ev("nkao-soviet-request", "declaration", "NKAO soviet asks for transfer to the Armenian SSR", "1988-02-20", P_("stepanakert"), S["1988"], "exact",
       description="An extraordinary session of the NKAO regional soviet asks the Supreme Soviets of the Azerbaijan SSR and the Armenian SSR (and of the USSR) to transfer the oblast to the Armenian SSR.",
       note="Before the data's first date: timeline only.")
    ev("nkr-proclaimed", "declaration", "Nagorno-Karabakh Republic proclaimed", "1991-09-02", P_("stepanakert"), S["1991-09"], "exact",
       description="A joint session of the NKAO oblast soviet and the Shahumyan district soviet proclaims the Nagorno-Karabakh Republic within the borders of the NKAO and Shahumyan district.",
       note="Before the data's first date: timeline only.")
    ev("nkao-abolished", "decree", "Azerbaijan's parliament abolishes the NKAO", "1991-11-26", P_("stepanakert"), S["1991-11"], "approximate",
       description="Azerbaijan's parliament abolishes the Nagorno-Karabakh Autonomous Oblast; its territory is split among the Khojavend, Tartar, Goranboy, Shusha and Kalbajar rayons.",
       note="Before the data's first date: timeline only. Drawn at Stepanakert, the oblast's capital; the act concerned the whole oblast.")
    ev("nkr-referendum", "declaration", "Independence referendum in the Nagorno-Karabakh Republic", "1991-12-10", P_("stepanakert"), S["1991-12"], "approximate",
       description="Independence referendum in the NKAO and Shahumyan: 82.2% turnout, 99.89% yes (per Armenian sources).",
       note="Before the data's first date: timeline only. Results per Armenian sources. " + at_stepanakert)
    ev("bishkek-protocol", "agreement", "Bishkek Protocol signed", "1994-05-05", P_("stepanakert"), S["1994"], "approximate",
       description="The Bishkek Protocol is signed on 5 May 1994 (Azerbaijan's copy signed in Baku on 8 May).",
       note="Before the data's first date: timeline only. Signed in Bishkek; drawn at Stepanakert because it concerned the whole line of contact.")
    ev("ceasefire-1994", "ceasefire", "Ceasefire comes into force", "1994-05-12", P_("stepanakert"), src(S["1994"], S["1994-state"]), "approximate",
       description="The ceasefire agreed in the Bishkek Protocol comes into force from midnight on 12 May 1994. Armenian forces hold most of the former NKAO and the districts around it "
                   "(Kalbajar, Lachin, Qubadli, Jabrayil except Jojug Marjanli, Zangilan, and parts of Aghdam and Fuzuli); Azerbaijan holds Shahumyan and the eastern parts of the Martakert and Martuni districts.",
       time_note="from midnight (the time zone is not stated in our sources)", note="The line of contact is drawn by the control zones. " + at_stepanakert)
    ev("four-day-war-lalatapa", "clash", "Four-Day War: fighting at Lalatapa hill", "2016-04-02", Point(pt("lalatapa")), S["2016"], "approximate",
       end="2016-04-06", date_accuracy="approximate", time_note="fighting began in the night of 1-2 April",
       description="The first shift of the line since 1994: Azerbaijan gains 800-2,000 ha, including Lalatapa hill (Jabrayil district, 2.9 km north-west of Jojug Marjanli) and heights around Talish.",
       note="Approximate position of the hill (FACTS derives it from Jojug Marjanli).")
    ev("four-day-war-talish", "clash", "Four-Day War: fighting around Talish", "2016-04-02", P_("talish"), S["2016"], "exact",
       end="2016-04-06", date_accuracy="approximate", time_note="fighting began in the night of 1-2 April",
       description="Talish village is briefly taken by Azerbaijani forces on 2 April and retaken by Armenian forces; Azerbaijan keeps heights around the village.")
    ev("ceasefire-2016", "ceasefire", "Ceasefire ends the Four-Day War", "2016-04-05", P_("stepanakert"), S["2016"], "approximate",
       time="12:00", description="A ceasefire takes effect on 5 April 2016 at 12:00.", note=at_stepanakert)
    south_axis = LineString([JOJUG_MARJANLI, pt("jabrayil"), pt("hadrut"), pt("shusha")])
    ev("war-begins", "offensive", "Second Nagorno-Karabakh War begins", "2020-09-27", south_axis, S["2020-09-27"], "approximate",
       end="2020-11-10",
       description="The second war begins along the whole line of contact; it lasts 44 days, until the trilateral statement of 10 November 2020.",
       note="The line is a schematic axis of Azerbaijan's advance in the south, through the places of its announced captures (Jabrayil 4 Oct, Hadrut 9 Oct, Shusha 8 Nov), "
            "starting at Jojug Marjanli on the 1994 line; approximate, not a mapped route.")
    ev("sugovushan-talish", "capture", "Azerbaijan announces capture of Sugovushan and Talish", "2020-10-03", P_("talish"), S["2020-10-03"], "exact",
       description="Azerbaijan announces that Sugovushan (Mataghis) and Talish, in the Martakert area, have been taken.",
       note="Drawn at Talish; Sugovushan's coordinates are not in our sources. Announcement by Azerbaijan.")
    ev("jabrayil", "capture", "Azerbaijan announces capture of Jabrayil", "2020-10-04", P_("jabrayil"), S["2020-10-04"], "exact",
       description="President Aliyev announces that Jabrayil town and 9 villages of the district have been taken.",
       note="Announcement by Azerbaijan; the Armenian side denied it at the time.")
    ev("hadrut", "capture", "Azerbaijan announces capture of Hadrut", "2020-10-09", P_("hadrut"), S["2020-10-09"], "exact",
       description="President Aliyev announces that Hadrut has been taken. The Nagorno-Karabakh Republic denies it on 10 October; Azerbaijan's defence ministry shows video from Hadrut on 16 October.",
       note="Announcement by Azerbaijan, denied by the Armenian side; contested until mid-October (see the control zones).")
    ev("fuzuli", "capture", "Azerbaijan announces capture of Fuzuli", "2020-10-17", P_("fuzuli"), S["2020-10-17"], "exact",
       description="President Aliyev announces that Fuzuli town and 7 villages have been taken.", note="Announcement by Azerbaijan.")
    ev("zangilan", "capture", "Azerbaijan announces capture of Zangilan", "2020-10-20", P_("zangilan"), S["2020-10-20"], "approximate",
       description="President Aliyev announces that Zangilan town has been taken.", note="Announcement by Azerbaijan. Zangilan's coordinates are approximate.")
    ev("qubadli", "capture", "Qubadli taken by Azerbaijan", "2020-10-25", P_("qubadli"), S["2020-10-25"], "exact", date_accuracy="approximate",
       description="Qubadli town is taken by Azerbaijani forces (reported by Interfax on 25 October; some Azerbaijani outlets date the president's address 26 October).")
    ev("barda-strike", "strike", "Missile strike on Barda", "2020-10-28", P_("barda"), S["2020-10-28"], "exact",
       description="Smerch cluster-missile strike on Barda: 21 civilians killed (27 over three attacks).")
    ev("shusha", "capture", "Azerbaijan announces capture of Shusha", "2020-11-08", P_("shusha"), S["2020-11-08"], "exact",
       description="President Aliyev announces that Shusha has been taken (8 November); the Nagorno-Karabakh Republic's spokesman confirms the loss on 9 November.")
    ev("dashalty", "capture", "Dashalty taken by Azerbaijan", "2020-11-09", P_("dashalty"), S["2020-11-08"], "exact",
       description="Dashalty (Karin Tak), below Shusha, is taken (9 November).")
    ev("trilateral-statement", "ceasefire", "Trilateral statement ends the war", "2020-11-10", P_("stepanakert"), S["2020-11-10"], "approximate",
       time="01:00", time_note="00:00 Moscow time",
       description="Statement of Azerbaijan, Armenia and Russia: the parties stop in place; Aghdam district to be returned by 20 November, Kalbajar by 15 November and Lachin district by 1 December; "
                   "a 5 km-wide Lachin corridor, not including Shusha, under Russian peacekeepers (1,960 troops, 90 armoured personnel carriers, 380 vehicles, a 5-year mandate renewed automatically); "
                   "a new route along the corridor to be planned within 3 years.",
       note=at_stepanakert)
    ev("kalbajar-deadline", "agreement", "Kalbajar handover deadline extended", "2020-11-15", P_("kalbajar"), S["2020-11-15"], "exact",
       description="Azerbaijan agrees to extend the deadline for Kalbajar district to 25 November (a single narrow road Kalbajar-Vardenis; weather).")
    ev("aghdam-handover", "handover", "Azerbaijan's army enters Aghdam district", "2020-11-20", P_("aghdam"), S["2020-11-20"], "exact",
       description="Azerbaijan's army enters Aghdam district under the trilateral statement; 7 Martakert-area settlements that Azerbaijan treats as part of Aghdam district (Nor Maragha and others) are also handed over.")
    ev("kalbajar-handover", "handover", "Azerbaijan's army enters Kalbajar district", "2020-11-25", P_("kalbajar"), S["2020-11-25"], "exact",
       description="Azerbaijan's army enters Kalbajar district (from Dashkasan and Goygol); the northern road to Vardenis closes.")
    lachin_rep = helpers["lachin_handed"].representative_point()
    ev("lachin-handover", "handover", "Lachin district handed over to Azerbaijan", "2020-12-01", lachin_rep, src(S["2020-12-01"], NE), "approximate",
       description="Lachin district is handed over to Azerbaijan; Lachin town, Zabukh (Aghavno) and Sus stay inside the Russian peacekeepers' corridor.",
       note="Drawn at a point inside the handed-over part of the district (derived), not at Lachin town, which stayed in the corridor.")
    ev("hin-tagher-khtsaberd", "capture", "Azerbaijan takes Hin Tagher and Khtsaberd", "2020-12-12", rep("hin-tagher-khtsaberd"), src(S["2020-12-12"], NE), "approximate",
       description="Azerbaijani forces take Hin Tagher and Khtsaberd (Hadrut area), which Armenian forces held at the ceasefire.",
       note="Approximate: the villages' coordinates are not in our sources; drawn inside the approximate piece used in the control zones.")
    ev("parukh", "clash", "Azerbaijani troops enter the peacekeeping zone at Parukh", "2022-03-24", rep("parukh"), src(S["2022-03-24"], NE), "approximate",
       end="2022-03-28", date_accuracy="disputed",
       description="Azerbaijani troops enter the Russian peacekeeping zone at Parukh/Farukh (Askeran); fighting for the Karaglukh height.",
       note="End disputed: Russia's defence ministry said the Azerbaijani troops withdrew on 27 March; Azerbaijan disputes this. Azerbaijan objects to the Russian spelling 'Furukh' and uses 'Farrukh'. "
            "Approximate position: Parukh's coordinates are not in our sources.")
    ev("lachin-zabukh-sus", "handover", "Azerbaijan takes Lachin, Zabukh and Sus", "2022-08-26", P_("lachin"), S["2022-08-26"], "exact",
       description="Azerbaijan's army takes Lachin town, Zabukh (Aghavno) and Sus; the corridor moves to the new bypass road, opened about 30 August ('four days later').")
    ev("blockade-begins", "blockade", "Sit-in blocks the Lachin corridor", "2022-12-12", Point(BLOCKADE_SITE), S["2022-12-12"], "exact",
       time="10:30",
       description="Blockade begins: Azerbaijani 'eco-activists' start a sit-in at the Shusha-Dashalty (Karin Tak) intersection on the corridor road below Shusha. Gas supply is cut from 13 to 16 December.")
    ev("tegh-kornidzor-road", "closure", "Traffic moves from the Tegh link to the Tegh-Kornidzor road", "2023-04-01", P_("kornidzor"), S["2023-04-01"], "exact",
       date_accuracy="approximate",
       description="On the Armenian side, traffic is switched from the temporary link to Tegh to the new Tegh-Kornidzor road (about 1 April 2023).")
    hakari = Point(pt("hakari-bridge"))
    ev("hakari-checkpoint", "checkpoint", "Azerbaijan sets up a checkpoint at the Hakari bridge", "2023-04-23", hakari, S["2023-04-23"], "approximate",
       time="12:00",
       description="Azerbaijan's State Border Service sets up a checkpoint at the Hakari bridge, at the start of the Lachin road at the Armenian border.",
       note="The bridge's coordinates are approximate and unverified.")
    ev("sit-in-ends", "blockade", "Sit-in on the corridor road ends", "2023-04-28", Point(BLOCKADE_SITE), S["2023-04-28"], "approximate",
       date_accuracy="approximate",
       description="The 'eco-activist' sit-in near Shusha ends (28 April or 1 May 2023); according to the source, the checkpoint had made it redundant.",
       note="Drawn at the sit-in site of 12 Dec 2022; FACTS gives the place as 'Shusha'.")
    ev("hakari-incident", "clash", "Incident at the Hakari bridge", "2023-06-15", hakari, S["2023-06-15"], "approximate",
       time="08:40", time_note="about 08:40",
       description="An incident takes place at the Hakari bridge on the morning of 15 June 2023.",
       note="The bridge's coordinates are approximate and unverified.")
    ev("passage-barred", "closure", "Azerbaijan bars humanitarian passage through the corridor", "2023-06-15", hakari, S["2023-06-15"], "approximate",
       description="After the incident at the Hakari bridge, Azerbaijan bars all passage of the ICRC and of the Russian peacekeepers' humanitarian convoys.",
       note="The bridge's coordinates are approximate and unverified.")
    aid_lachin = LineString(list(reversed(list(R["B_core"].coords))))
    ev("icrc-lachin", "aid", "ICRC delivery through the Lachin corridor", "2023-09-18", aid_lachin, S["2023-09-18"], "approximate",
       description="ICRC trucks deliver flour and medical items through the Lachin corridor, at the same time as a delivery on the Aghdam road (agreed on 1 September, per the Azerbaijani Red Crescent).",
       note="Drawn along the bypass road from the Hakari bridge to Stepanakert (approximate geometry).")
    ev("icrc-aghdam", "aid", "ICRC delivery through the Aghdam road", "2023-09-18", R["C"], S["2023-09-18"], "approximate",
       description="ICRC trucks deliver flour and medical items on the Aghdam-Askeran-Stepanakert road, at the same time as a delivery through the Lachin corridor (agreed on 1 September, per the Azerbaijani Red Crescent).",
       note="Drawn along the road from Aghdam to Stepanakert (approximate geometry).")
    fz, sh = pt("fuzuli"), pt("shusha")
    tg = Point(pt("taghavard"))
    road = LineString([fz, sh])
    mine1 = road.interpolate(road.project(tg))
    ev("mine-highway", "mine", "Mine blast on the Ahmadbeyli-Fuzuli-Shusha highway (per Azerbaijan)", "2023-09-19", mine1, S["2023-09-19-mine1"], "approximate",
       time="04:00", time_note="about 04:00",
       description="A Howo truck of Azerbaijan's State Road Agency hits an anti-tank mine at km 58 of the Ahmadbeyli-Fuzuli-Shusha highway in Khojavend district; the driver and a passenger are killed.",
       note="Per Azerbaijan (Azernews). Exact point not in our sources: drawn on the straight line Fuzuli-Shusha at its closest to Taghavard, where the second blast happened on the way to this site.")
    ev("mine-taghavard", "mine", "Mine blast near Taghavard (per Azerbaijan)", "2023-09-19", tg, S["2023-09-19-mine2"], "approximate",
       time="04:30",
       description="A KamAZ truck carrying Interior Ministry staff to the first site hits a mine in a newly built tunnel near Taghavard: 4 killed.",
       note="Per Azerbaijan (Trend). Drawn at Taghavard's coordinates; the tunnel's exact position is not in our sources.")
    off_axis = LineString([pt("aghdam"), pt("askeran"), pt("stepanakert")])
    ev("offensive-2023", "offensive", "Azerbaijan starts 'local anti-terrorist measures'", "2023-09-19", off_axis, S["2023-09-19"], "approximate",
       time="13:00", time_note="about 13:00", end="2023-09-21",
       description="Azerbaijan's defence ministry starts what it calls 'local anti-terrorist measures' in Nagorno-Karabakh; strikes on the outskirts of Stepanakert and on Askeran. Ceasefire on 20 September at 13:00.",
       note="Schematic line through the places named in the reports (from Aghdam through Askeran to Stepanakert); not a mapped axis of advance.")
    ev("ceasefire-2023", "ceasefire", "Ceasefire: Nagorno-Karabakh forces to disarm", "2023-09-20", P_("stepanakert"), S["2023-09-20"], "approximate",
       time="13:00",
       description="Ceasefire agreed through the Russian peacekeepers: the Nagorno-Karabakh Republic's forces are to disarm and disband. Talks follow in Yevlakh on 21 September.",
       note=at_stepanakert)
    ev("peacekeepers-killed", "clash", "Five Russian peacekeepers killed near Chankatagh", "2023-09-20", P_("chankatagh"), S["2023-09-20"], "approximate",
       description="Five Russian peacekeepers are killed near Chankatagh (Janyatag).",
       note="Drawn at Chankatagh's coordinates: the reports say 'near'.")
    exodus = LineString(list(R["B_full"].coords)[:list(R["B_full"].coords).index(pt("kornidzor")) + 1])
    ev("exodus", "exodus", "Exodus to Armenia through the Lachin corridor", "2023-09-24", exodus, S["2023-09-24"], "approximate",
       end="2023-10-04",
       description="Exodus of Nagorno-Karabakh's Armenian population through the Lachin corridor to the reception centre at Kornidzor (first arrivals 24 September): 2,906 by 25 September 06:00, "
                   "100,417 by 30 September, 100,617 by 3 October (of about 120,000).",
       note="Drawn along the bypass road from Stepanakert to Kornidzor (approximate geometry).")
    depot = LineString([pt("stepanakert"), pt("stepanakert-airport")]).interpolate(0.35, normalized=True)
    ev("fuel-depot-explosion", "explosion", "Fuel depot explosion near Stepanakert", "2023-09-25", depot, S["2023-09-25"], "approximate",
       time_note="evening",
       description="A fuel depot by the Stepanakert-Askeran road explodes while cars queue for fuel to leave: 218 confirmed dead, 120 injured and 21 missing (Armenian Investigative Committee, December 2023); "
                   "the cause is believed to be a breach of safety rules.",
       note="Exact point unverified ('Haykazov area'): drawn on the Stepanakert-Askeran road between Stepanakert and the airport.")
    ev("dissolution-decree", "decree", "Decree to dissolve the Nagorno-Karabakh Republic", "2023-09-28", P_("stepanakert"), S["2023-09-28"], "exact",
       description="President Shahramanyan of the Nagorno-Karabakh Republic signs a decree: all state institutions to be dissolved by 1 January 2024, and the republic 'ceases to exist'.",
       note="Advisers later disputed the decree's force (unverified in English).")
    ev("flag-raising", "flag", "Aliyev raises Azerbaijan's flag in Stepanakert/Khankendi", "2023-10-15", P_("stepanakert"), S["2023-10-15"], "exact",
       description="President Aliyev raises Azerbaijan's flag in Khankendi/Stepanakert, and also in Khojaly, Aghdara/Martakert, Askeran and at the Sarsang reservoir.")
    ev("dissolution-date", "decree", "Dissolution date of the Nagorno-Karabakh Republic", "2024-01-01", P_("stepanakert"), S["2024-01-01"], "exact",
       description="The date set by the decree of 28 September 2023 for the dissolution of the Nagorno-Karabakh Republic's institutions.",
       note="Advisers later disputed the decree's force (unverified in English).")
    ev("peacekeepers-withdrawal", "withdrawal", "Russian peacekeepers withdraw", "2024-04-17", P_("khojaly"), S["2024-04-17"], "approximate",
       end="2024-06-13", date_accuracy="approximate",
       description="Early withdrawal of the Russian peacekeepers, agreed between Russia and Azerbaijan; it began with Khudavang/Dadivank and the base at Khojaly (about 10-17 April) "
                   "and was completed on 12 June 2024 (per Azerbaijan's defence ministry).",
       note="Drawn at Khojaly, near the peacekeepers' headquarters at the airport.")
    return feats


# --------------------------------------------------------------------------------------------
# Region
# --------------------------------------------------------------------------------------------


def build_region():
    return OrderedDict([
        ("id", "nagorno-karabakh"),
        ("name", "Nagorno-Karabakh"),
        ("name:az", "Dağlıq Qarabağ"),
        ("name:hy", "Լեռնային Ղարաբաղ"),
        ("title", "Karabakh"),
        ("extent", [45.4, 38.9, 47.6, 40.6]),
        ("first_date", FIRST_DATE),
        ("version", VERSION),
        ("as_of", AS_OF),
        ("attribution", "Chronomap Nagorno-Karabakh data set, derived from Natural Earth (public domain, naturalearthdata.com) and GeoNames "
                        "(CC BY 4.0, geonames.org); dates, places and events from the public sources cited in each feature's source property. "
                        "Control zones are approximate derivations, not surveyed lines."),
        ("licence", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): credit the Chronomap project, GeoNames and the sources cited per feature; "
                    "Natural Earth data are in the public domain."),
    ])


# --------------------------------------------------------------------------------------------
# Checks (run on the files as written)
# --------------------------------------------------------------------------------------------


def read_back(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    return d["features"]


def valid_on(props_, day):
    s = props_.get("start_date")
    e = props_.get("end_date")
    return (s is None or s <= day) and (e is None or day < e)


def check_all(out, study, pieces, helpers):
    problems = []
    report = []

    def fail(msg):
        problems.append(msg)

    # generic feature rules
    for name in ["base", "places", "routes", "zones", "events"]:
        feats = read_back(os.path.join(out, name + ".geojson"))
        for f in feats:
            if list(f.keys()) != ["type", "id", "properties", "geometry"]:
                fail("%s %s: member order" % (name, f.get("id")))
            p = f["properties"]
            if "id" in p:
                fail("%s %s: id in properties" % (name, f["id"]))
            if not p.get("source"):
                fail("%s %s: no source" % (name, f["id"]))
            if p.get("accuracy") not in ("exact", "approximate"):
                fail("%s %s: accuracy" % (name, f["id"]))
            if p.get("accuracy") == "approximate" and not p.get("note"):
                fail("%s %s: approximate without a note" % (name, f["id"]))
            g = shape(f["geometry"])
            if not g.is_valid:
                fail("%s %s: invalid geometry %s" % (name, f["id"], shapely.is_valid_reason(g)))
            for poly in getattr(g, "geoms", [g]):
                if isinstance(poly, Polygon):
                    if not poly.exterior.is_ccw or any(i.is_ccw for i in poly.interiors):
                        fail("%s %s: ring orientation" % (name, f["id"]))
            txt = json.dumps(f["geometry"])
            for num in txt.replace("[", " ").replace("]", " ").replace(",", " ").split():
                try:
                    float(num)
                except ValueError:
                    continue
                if "." in num and len(num.split(".")[1]) > 6:
                    fail("%s %s: more than 6 decimals" % (name, f["id"]))
                    break
            if name in ("zones", "routes"):
                if p.get("end_date") and p["end_date"] <= p["start_date"]:
                    fail("%s %s: end before start" % (name, f["id"]))
            if name == "events" and p.get("end_date") and p["end_date"] <= p["date"]:
                fail("events %s: end before date" % f["id"])

    zones = read_back(os.path.join(out, "zones.geojson"))
    control = [z for z in zones if z["properties"]["kind"] == "control"]
    shapes = {z["id"]: shape(z["geometry"]) for z in control}
    key_dates = sorted({FIRST_DATE} | {z["properties"]["start_date"] for z in control} |
                       {z["properties"]["end_date"] for z in control if z["properties"].get("end_date")})
    study_r = shapely.set_precision(study, GRID)
    for day in key_dates:
        active = [z for z in control if valid_on(z["properties"], day)]
        if len({z["properties"]["controller"] for z in active}) != len(active):
            fail("%s: two zones of one controller" % day)
        for i, a in enumerate(active):
            for b in active[i + 1:]:
                ov = shapely.intersection(shapes[a["id"]], shapes[b["id"]], grid_size=GRID).area
                if ov != 0:
                    fail("%s: %s overlaps %s (%g deg²)" % (day, a["id"], b["id"], ov))
        u = shapely.union_all([shapes[z["id"]] for z in active], grid_size=GRID)
        sd = shapely.symmetric_difference(u, study_r, grid_size=GRID).area
        if sd != 0:
            fail("%s: union differs from the study area by %g deg²" % (day, sd))
        # the same in plain floating point, as GEOS does it in the Swift validator
        for i, a in enumerate(active):
            for b in active[i + 1:]:
                if shapes[a["id"]].intersection(shapes[b["id"]]).area > 1e-12:
                    fail("%s: %s overlaps %s in floating point" % (day, a["id"], b["id"]))
        if shapely.union_all([shapes[z["id"]] for z in active]).symmetric_difference(study_r).area > 1e-12:
            fail("%s: union differs from the study area in floating point" % day)
        areas = {z["properties"]["controller"]: area_km2(shapes[z["id"]]) for z in active}
        report.append((day, [z["id"] for z in active], areas))

    # controllers of FACTS places on the reference dates
    def controller_at(lonlat, day):
        p = Point(lonlat)
        hits = [z["properties"]["controller"] for z in control if valid_on(z["properties"], day) and shapes[z["id"]].intersects(p)]
        return hits

    places = {f["id"]: f for f in read_back(os.path.join(out, "places.geojson"))}
    expect_map = {"A": A, "Z": Z}
    place_rows = []
    for pdef in PLACES:
        f = places[pdef["id"]]
        xy = tuple(f["geometry"]["coordinates"])
        inside = study_r.contains(Point(xy))
        row = [pdef["id"], inside]
        for day, want in zip(("2019-01-01", "2021-01-01", "2023-11-01"), pdef["ctl"]):
            got = controller_at(xy, day)
            row.append("/".join(got) or "-")
            if want == "AM":
                if inside or got:
                    fail("%s should be outside the study area (Armenia)" % pdef["id"])
            elif want is None:
                continue
            elif inside:
                if got != [expect_map[want]]:
                    fail("%s on %s: %s, FACTS says %s" % (pdef["id"], day, got, expect_map[want]))
        place_rows.append(row)
    # extra date checks from FACTS
    extra = [("lachin", "2022-08-25", A), ("lachin", "2022-08-26", Z), ("aghavno", "2022-08-26", Z), ("sus", "2022-08-26", Z),
             ("shusha", "2020-11-07", A), ("shusha", "2020-11-08", Z), ("dashalty", "2020-11-08", A), ("dashalty", "2020-11-09", Z),
             ("hadrut", "2020-10-09", C), ("hadrut", "2020-10-17", Z), ("jabrayil", "2020-10-04", Z), ("jabrayil", "2020-10-03", A),
             ("fuzuli", "2020-10-17", Z), ("zangilan", "2020-10-20", Z), ("qubadli", "2020-10-25", Z), ("qubadli", "2020-10-24", A),
             ("aghdam", "2020-11-20", Z), ("aghdam", "2020-11-19", A), ("tigranakert", "2020-11-20", Z), ("kalbajar", "2020-11-25", Z),
             ("kalbajar", "2020-11-24", A), ("talish", "2020-10-03", Z), ("talish", "2016-04-10", A), ("lalatapa", "2016-04-01", A),
             ("lalatapa", "2016-04-05", Z), ("hakari-bridge", "2023-01-01", A),
             ("hin-shen", "2021-01-01", A), ("mets-shen", "2022-09-01", A), ("lisagor", "2022-09-01", A),
             ("stepanakert", "2023-09-21", A), ("stepanakert", TAKEOVER, Z), ("martakert", "2021-06-01", A), ("chankatagh", "2021-06-01", A),
             ("askeran", "2021-06-01", A), ("drmbon", "2021-06-01", A), ("taghavard", "2021-06-01", A), ("khojaly", "2021-06-01", A),
             ("taghavard", "2023-09-19", C), ("taghavard", "2023-09-20", Z)]
    for pid in ("stepanakert", "askeran", "martakert", "martuni", "khojaly", "stepanakert-airport", "chankatagh", "drmbon",
                "lisagor", "mets-shen", "hin-shen"):
        extra += [(pid, "2023-09-19", A), (pid, "2023-09-20", A), (pid, "2023-10-02", A), (pid, TAKEOVER, Z)]
    for pid, day, want in extra:
        xy = tuple(places[pid]["geometry"]["coordinates"])
        got = controller_at(xy, day)
        if got != [want]:
            fail("%s on %s: %s, expected %s" % (pid, day, got, want))
    # the blockade site and the corridor road must be on the Artsakh side while it was the corridor
    for day in ("2021-01-01", "2022-09-01"):
        got = controller_at(BLOCKADE_SITE, day)
        if got != [A]:
            fail("blockade site on %s: %s" % (day, got))
    # routes of the corridor stay inside the Artsakh zone or Armenia while they are the corridor
    return problems, report, place_rows


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default=os.path.join(repo, "..", "shared", "sources"),
                    help="folder of the shared source layers (default ../shared/sources relative to the repository root)")
    ap.add_argument("--out", default=os.path.join(repo, "data", "nagorno-karabakh"), help="output folder")
    ap.add_argument("--quiet", action="store_true", help="print nothing but failed checks")
    ap.add_argument("--describe", action="store_true", help="also print how each piece of the control partition was drawn")
    args = ap.parse_args()
    sources = os.path.normpath(args.sources)
    out = os.path.normpath(args.out)
    if not os.path.isdir(sources):
        sys.exit("sources folder not found: %s (give it with --sources)" % sources)
    os.makedirs(out, exist_ok=True)

    src_ = Sources(sources)
    countries, moved = corrected_countries(src_)
    study, pieces, helpers = build_pieces(src_, countries)
    helpers["lachin_handed"] = union([p.geom for p in pieces if p.id == "lachin" or p.id == "lachin-corridor-new"])

    region = build_region()
    tmp = os.path.join(out, "region.json.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(region, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, os.path.join(out, "region.json"))
    write_collection(os.path.join(out, "base.geojson"), build_base(src_, countries))
    write_collection(os.path.join(out, "places.geojson"), build_places())
    write_collection(os.path.join(out, "routes.geojson"), build_routes(helpers["routes"]))
    write_collection(os.path.join(out, "zones.geojson"), build_zones(study, pieces, helpers))
    write_collection(os.path.join(out, "events.geojson"), build_events(helpers, pieces))

    problems, report, place_rows = check_all(out, study, pieces, helpers)

    if not args.quiet:
        print("study area: %.1f km²" % area_km2(study))
        print("\npieces:")
        for p in pieces:
            print("  %-36s %9.1f km²  %s" % (p.id, area_km2(p.geom), " ".join("%s:%s" % (d, c[:2]) for d, c in p.steps)))
            if args.describe:
                print("      " + p.desc)
        print("\ncontrol by key date (km²):")
        for day, ids, areas in report:
            print("  %s  %s" % (day, "  ".join("%s %.1f" % (k, areas[k]) for k in sorted(areas))))
        br, nk = helpers["breakaway"], helpers["nkao"]
        def art_on(day):
            return area_km2(union([p.geom for p in pieces if p.controller(day) == A]))
        art = {d: art_on(d) for d in (FIRST_DATE, "2020-12-12", "2023-09-18")}
        print("\nareas (geodesic, WGS84) vs published:")
        rows = [
            ("Artsakh-held on 1994-05-12", art[FIRST_DATE], "11,458 (NKR); ~11,500 (Tabakian); 11,300 (NKR constitution)"),
            ("Natural Earth breakaway polygon", area_km2(br), "about 11,900 (sources README)"),
            ("NKAO polygon (Natural Earth 1991 lines)", area_km2(nk), "4,388"),
            ("NKAO outside the breakaway polygon", area_km2(diff(nk, br)), "163 (sources README)"),
            ("Breakaway outside the NKAO (surrounding districts)", area_km2(diff(br, nk)), "7,634"),
            ("Artsakh-held on 2020-12-12 (incl. corridor strip)", art["2020-12-12"], "3,170 (Wikipedia); ~2,800 (Tabakian)"),
            ("Artsakh-held on 2020-12-12 without the corridor strip in Lachin district",
             art["2020-12-12"] - area_km2(union([p.geom for p in pieces if p.id.startswith("lachin-corridor")])), "3,170; ~2,800"),
            ("Artsakh share lost 1994 -> 2020-12-12", 100 * (1 - art["2020-12-12"] / art[FIRST_DATE]), "~72% (%)"),
            ("Kalbajar piece", area_km2(helpers["kalbajar"]), "3,054 (AZ figure for the rayon)"),
            ("Lachin district pieces", area_km2(helpers["lachin_district"]), "1,840 (AZ)"),
            ("Qubadli piece", area_km2(helpers["qubadli"]), "802 (AZ)"),
            ("Zangilan piece", area_km2(helpers["zangilan"]), "707 (AZ)"),
            ("Jabrayil piece (Armenian-held part)", area_km2(helpers["jabrayil"]), "1,050 (AZ, whole district)"),
            ("Fuzuli piece (Armenian-held part)", area_km2(helpers["fuzuli"]), "of 1,390 (AZ); share unverified"),
            ("Aghdam piece (Armenian-held part)", area_km2(helpers["aghdam"]), "846.7 = 77.4% (per AZ) of 1,150 (AZ)"),
            ("Artsakh-held on 2023-09-18", art["2023-09-18"], "-"),
        ]
        for label, value, pub in rows:
            print("  %-70s %9.1f   %s" % (label, value, pub))
        R = helpers["routes"]
        print("\nroute lengths as drawn (km): A %.1f, B Stepanakert-Hakari %.1f, interim link Hakari-old road %.1f, C %.1f, D east %.1f, D west %.1f" % (
            length_km(R["A"]), length_km(R["B_core"]), length_km(LineString(list(R["link"].coords)[:2])), length_km(R["C"]),
            length_km(R["D_east"]), length_km(R["D_west"])))
        print("\nFACTS places: in study area, controller on 2019-01-01 / 2021-01-01 / 2023-11-01")
        for row in place_rows:
            print("  %-22s %-5s %s" % (row[0], row[1], " / ".join(row[2:])))
        print("\nGeoNames cross-check (FACTS point to the GeoNames entry, km):")
        for pid, gname, lat, lon, d in geonames_check(src_):
            print("  %-22s %-18s %8.4f %8.4f %6.2f" % (pid, gname, lat, lon, d))
    if problems:
        print("\nCHECKS FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    if not args.quiet:
        print("\nall checks passed")


if __name__ == "__main__":
    main()
