"""Names and Swedish phrases for the demo generator (tables and small text builders)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from faltapp.core.entities import Contact, Observation, Place


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


YOUTH_NAMES: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], str]] = {
    # origin: (share, girls, boys, letters used to tell two with the same name apart)
    "svenska": (44, _split(
        "Elsa Wilma Alva Ebba Maja Saga Ella Alice Moa Tindra Lova Nellie Felicia Julia Linnea "
        "Tilda Jonna Lollo Jossan Fia Tuva Meja Stella Ronja Vera Thea Elvira Ines"), _split(
        "Isak Liam Noah Hugo Elias Oliver Lucas William Viktor Alfred Melvin Theo Vincent Albin "
        "Emil Anton Axel Filip Oscar Hampus Ludvig Kevin Kalle Mackan Jocke Tobbe Nisse Sixten"),
        "ABDEFGHJKLMNOPRSTVÅÖ"),
    "arabiska": (7, _split("Mariam Nour Rama Aya Lana Hiba Yasmin Rasha Sidra Ghazal"), _split(
        "Yousef Ahmad Omar Ali Hassan Karim Rami Hamza Jamal Mustafa Ibrahim"), "AHKMORSY"),
    "arabisk skrift": (5, _split("ليلى مريم نور سارة زينب رنا هبة آية"), _split(
        "يوسف محمد أحمد عمر علي حسن خالد كريم"), "ابحرسعمنك"),
    "somaliska": (8, _split("Hodan Ayaan Fadumo Hamdi Hibo Idil Najma Sagal Farhiya Ikran"),
                  _split("Abdirahman Mohamed Abdullahi Warsame Liban Hanad Abdi Mahad Yahye"),
                  "ADFHIMOWY"),
    "tigrinja": (3, _split("Merhawit Senait Luwam Selam Winta"), _split(
        "Filmon Yonas Dawit Awet Robel Natnael"), "ABGHKMTY"),
    "geez": (3, _split("ሰላም ሄለን ሩት ኤደን ሳባ ሚና"), _split("ዳዊት ሳምሶን ፊልሞን ሚካኤል ዮናስ ኣወት"), "ተሀለመሰበ"),
    "dari/persiska": (4, _split("Zahra Farzana Mursal Nilofar Arezo Shabnam Parisa"), _split(
        "Mahdi Mustafa Hamid Sohrab Jawad Farhad Sina Reza"), "AHJKMNRSZ"),
    "persisk skrift": (2, _split("زهرا پریسا شبنم فاطمه"), _split("مهدی فرهاد سینا رضا"), "اپرشمک"),
    "bosniska": (5, _split("Lejla Ajla Amela Šejla Anđela Jasmina Nataša Emina"), _split(
        "Emir Almir Mirza Ćamil Mićo Saša Amar Edin Dževad"), "BČĆDHKMPŠS"),
    "polska": (4, _split("Małgosia Żaneta Wiktoria Zofia Łucja Kasia Ola Gabriela"), _split(
        "Łukasz Paweł Michał Jędrzej Bartłomiej Przemek Jakub Mikołaj"), "ŁŻKNWSZ"),
    "kyrillisk skrift": (5, _split("Алёна Анастасия Ксения Дарья Софія Олена Вікторія"), _split(
        "Дмитрий Максим Артём Никита Богдан Андрій Олексій"), "АБВГДКМНПС"),
    "finska": (3, _split("Aino Siiri Elli Iida Venla Pihla"), _split(
        "Eetu Onni Väinö Aleksi Juho Veeti"), "HKLMNRSV"),
    "thai": (2, _split("มะลิ แพรว นิด Ploy Mint Fah"), _split("ต้น สมชาย เอก Beam Ton Bank"), "กขคสม"),
    "kurdiska": (3, _split("Rojin Dilan Berfin Helin Zozan"), _split(
        "Zana Rebaz Dilovan Baran Azad"), "ABDHKRSZ"),
}

_STAFF = (
    "Anna Lindqvist", "Ahmed Yousef", "Johanna Karlsson", "Nermin Hodžić", "Marcus Andersson",
    "Hodan Warsame", "Erik Gustafsson", "Tiina Mäkinen", "Sara Nilsson", "Dragana Petrović",
    "Fredrik Ek", "Leyla Karimi", "Mikael Johansson", "Zeynep Yılmaz", "Ida Bergström",
    "Samir Hadžić", "Linnea Svensson", "Filmon Tesfay", "Malin Persson", "Kasia Nowak",
    "Jonas Holm", "Amina Farah", "Patrik Lundgren", "Elin Axelsson",
)
_STAFF_FIRST = _split("Anna Sara Maria Emma Hanna Elin Malin Jenny Sofia Lina Amira Fatima Leyla "
                      "Jasmina Aida Erik Johan Daniel Jonas Patrik Mattias Robert Ali Omar Hassan "
                      "Mehmet Goran Emir Dawit Mikko")
_STAFF_LAST = _split("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson "
                     "Svensson Gustafsson Pettersson Jonsson Lindberg Berg Holm Sandberg Ali "
                     "Hassan Abdi Yılmaz Kovačević Begić Nowak Korhonen Haile Rahimi Said "
                     "Omerović Jakobsson")


def staff_names(rng: random.Random, n: int) -> list[str]:
    """``n`` distinct full names of a Swedish municipal team of mixed origins."""
    names = rng.sample(_STAFF, min(n, len(_STAFF)))
    taken = set(names)
    while len(names) < n:
        name = f"{rng.choice(_STAFF_FIRST)} {rng.choice(_STAFF_LAST)}"
        if name in taken:
            name = f"{name}-{rng.choice(_STAFF_LAST)}"
        if name not in taken:
            taken.add(name)
            names.append(name)
    return names


PLACE_WEIGHTS = {
    "Stortorget": 6.0, "Nya Stadens torg": 4.0, "Gamla Stadens torg": 2.0, "Resecentrum": 8.0,
    "Stadsträdgården": 6.0, "Rådhusparken": 3.0, "Esplanaden": 2.0, "Skaraborgsvägen": 2.0,
    "Hamnen": 3.0, "Framnäsbadet": 1.0, "Kinnekulle Ring (parkeringen)": 1.0, "Sportcentrum": 2.0,
    "Rörstrand Center": 3.0, "Östbo centrum": 3.0, "Dalängen": 2.0, "Guldkroksparken": 2.0,
    "Järnvägsparken": 3.0, "De la Gardiegymnasiet": 0.6, "Ågårdsskolan": 0.6,
}
"""Relative chance that a place is on an evening/night route; unknown places weigh 1."""

OCCASIONS: dict[str, tuple[str, tuple[str, ...], tuple[int, int], tuple[int, int], float,
                           float, float]] = {
    # code: (label, place keywords, start, end, shifts per 8 workers, crowd ×, drinking ×)
    "valborg": ("Valborgsfirande", ("hamn", "framnäs", "stadsträdgård", "stortorg"), (19, 0),
                (1, 0), 1.5, 2.2, 1.8),
    "skolavslutning": ("Skolavslutning", ("stadsträdgård", "framnäs", "hamn", "resecentrum"),
                       (18, 0), (2, 0), 1.5, 2.0, 1.8),
    "midsommar": ("Midsommarafton", ("framnäs", "hamn", "vänersnäs"), (20, 0), (2, 0), 1.0,
                  1.5, 1.6),
    "tragarn": ("Sommarkonsert i Stadsträdgården", ("stadsträdgård", "nya stadens", "rådhus"),
                (18, 0), (0, 0), 1.0, 1.5, 0.8),
    "halloween": ("Halloween", ("östbo", "dalängen", "guldkrok", "margretelund", "filarsberg"),
                  (17, 0), (22, 0), 1.0, 0.8, 0.2),
    "nyar": ("Nyårsafton", ("stortorg", "hamn", "nya stadens", "resecentrum"), (21, 0), (2, 0),
             1.5, 2.0, 2.0),
}

_NIGHT = {"skadegorelse": 4, "otrygg_samling": 5, "ordningsstorning": 4, "paverkade": 5,
          "otrygg_plats": 2, "trygg_plats": 2, "arrangemang": 0.3, "incident_personal": 0.25}
_EVENING = {"skadegorelse": 3, "otrygg_samling": 5, "ordningsstorning": 2.5, "paverkade": 1.5,
            "otrygg_plats": 2.5, "trygg_plats": 4, "arrangemang": 0.3, "incident_personal": 0.1}
CATEGORY_WEIGHTS: dict[str, dict[str, float]] = {
    "nattpass": _NIGHT, "kvallspass": _EVENING, "helgpass": _EVENING,
    "skolpass": {"skadegorelse": 2, "otrygg_samling": 2, "ordningsstorning": 1, "paverkade": 0.2,
                 "otrygg_plats": 0.5, "trygg_plats": 5, "incident_personal": 0.05},
    "fritidsgard": {"trygg_plats": 6, "otrygg_samling": 2, "ordningsstorning": 1,
                    "skadegorelse": 1, "paverkade": 0.3, "incident_personal": 0.1},
    "evenemang": {"arrangemang": 6, "paverkade": 5, "ordningsstorning": 3, "otrygg_samling": 3,
                  "trygg_plats": 2, "skadegorelse": 1.5, "otrygg_plats": 0.5,
                  "incident_personal": 0.2},
    "tatortsvandring": {"otrygg_plats": 8, "skadegorelse": 3, "trygg_plats": 3,
                        "otrygg_samling": 0.5},
}
"""Relative frequency of each EST category per shift kind; codes not listed weigh 0.2."""

Obs = tuple[str, str, int, int, int]
OBSERVATIONS: dict[str, tuple[Obs, ...]] = {
    # code: (description, forwarded to ("+" between), severity, fewest people, most people)
    "skadegorelse": (
        ("Nytt klotter på elskåpet vid {p}.", "gata_park", 1, 0, 0),
        ("Taggar på busskuren och väggen vid {p}.", "gata_park", 1, 0, 0),
        ("Klotter i trapphuset vid {p}.", "fastighetsagare", 1, 0, 0),
        ("Glaskross på gångvägen vid {p}, krossade flaskor.", "gata_park", 1, 0, 3),
        ("Krossad ruta i busskuren vid {p}.", "gata_park", 2, 0, 0),
        ("Omkullsparkade papperskorgar vid {p}, {n} unga sprang därifrån.", "", 1, 2, 6),
        ("Brand i papperskorg vid {p}, släckt när vi kom.", "raddningstjanst", 2, 0, 4),
        ("Eld i containern bakom {p}.", "raddningstjanst+polis", 3, 0, 5)),
    "otrygg_samling": (
        ("Grupp på ca {n} unga vid {p}, hög musik och kommentarer till förbipasserande.", "",
         2, 8, 30),
        ("Ett gäng på {n} killar vid {p} ropade efter tjejer som gick förbi.", "polis", 2, 4, 12),
        ("Större samling vid {p}, äldre (18+) blandat med 13–14-åringar.", "polis", 2, 10, 40),
        ("Unga samlades i bilar på parkeringen vid {p}, hög musik.", "", 1, 6, 25),
        ("Samling vid {p}, stämningen lugnade sig när vi kom.", "", 1, 5, 20)),
    "ordningsstorning": (
        ("Bråk mellan två grupper vid {p}, löstes upp när vi gick fram.", "polis", 2, 4, 15),
        ("Slagsmål vid {p}, polis på plats.", "polis", 3, 3, 10),
        ("Misstänkt droghantering vid {p}, en person gick därifrån när vi kom.", "polis",
         2, 2, 4),
        ("Buskörning med mopeder vid {p}.", "polis", 2, 2, 6),
        ("Buskörning med EPA-traktorer runt {p}.", "polis", 1, 3, 8),
        ("Smällare kastades mot förbipasserande vid {p}.", "polis", 2, 3, 10),
        ("Högljutt och stökigt vid {p}, några bråkade med väktarna.", "", 1, 4, 12)),
    "paverkade": (
        ("{n} unga påverkade av alkohol vid {p}.", "", 1, 2, 6),
        ("Ung tjej kraftigt berusad vid {p}, vårdnadshavare kontaktad.", "socialtjanst", 3, 1, 1),
        ("Lukt av cannabis vid {p}, grupp på {n} personer.", "polis", 2, 3, 8),
        ("Kille i 15-årsåldern påverkad vid {p}, följdes hem.", "socialtjanst", 2, 1, 1),
        ("Misstänkt langning av alkohol vid {p}.", "polis", 2, 2, 5),
        ("Flera påverkade vid {p}, tomma burkar och flaskor överallt.", "", 1, 3, 10)),
    "otrygg_plats": (
        ("Trasig belysning längs gångvägen vid {p}, helt mörkt.", "gata_park", 2, 0, 0),
        ("Flera lampor släckta vid {p}.", "gata_park", 1, 0, 0),
        ("Mycket nedskräpning vid {p}, burkar och pizzakartonger.", "gata_park", 1, 0, 0),
        ("Buskage skymmer insynen vid {p}, upplevs otryggt.", "gata_park", 1, 0, 0),
        ("Dålig insyn bakom {p}, oklart vem som äger ytan.", "fastighetsagare", 1, 0, 0),
        ("Ödsligt och mörkt vid {p}, ingen rör sig där.", "", 1, 0, 0),
        ("Kanyler hittade vid {p}.", "gata_park+polis", 3, 0, 0)),
    "trygg_plats": (
        ("Lugnt och trevligt vid {p}, familjer och unga i blandade åldrar.", "", 1, 10, 40),
        ("Bra stämning vid {p}, nattvandrarna på plats.", "", 1, 5, 25),
        ("Nya belysningen vid {p} gör stor skillnad.", "", 1, 0, 10),
        ("Unga spelade fotboll vid {p}, god stämning.", "", 1, 6, 20),
        ("Lugnt vid {p}, några vi känner kom fram och sa hej.", "", 1, 3, 12)),
    "arrangemang": (
        ("Många besökare vid {p}, god stämning överlag.", "", 1, 50, 300),
        ("Stort folkliv vid {p}, en del påverkade unga.", "polis", 2, 40, 200),
        ("Publik från matchen vid {p}, lugnt efteråt.", "", 1, 20, 150)),
    "incident_personal": (
        ("Personal hotad verbalt av ung man vid {p}, polis kontaktad.", "polis", 3, 1, 4),
        ("Personal bespottad vid {p} när vi bröt ett bråk.", "polis", 2, 2, 6),
        ("En flaska kastades mot oss vid {p}, ingen skadad.", "polis", 3, 1, 5)),
}

CONTACT_NOTES: dict[str, tuple[str, ...]] = {
    "samtal": ("Pratade om skolan och sommarjobb.", "Småprat, verkar må bra.",
               "Frågade om fritidsgårdens öppettider.", "Berättade att det går bättre i skolan.",
               "Pratade om konflikten i klassen, lugnare nu.", "Pratade om snus och vape.",
               "Ville prata om bråk hemma, erbjöd tid på fältkontoret.", "Kort hej på väg hem.",
               "Pratade om att vara ute sent, lovade att ta bussen hem.",
               "Sökte upp oss själv, ville mest prata.",
               "Pratade om träningen, har börjat i laget."),
    "concern_talk": ("Orossamtal om alkohol, vårdnadshavare informerad.",
                     "Orossamtal med socialtjänsten om droger i kompisgänget.",
                     "Orossamtal om skolfrånvaro, erbjöd stöd."),
    "concern_report": ("Orosanmälan till socialtjänsten efter samtalet.",
                       "Orosanmälan gjord, situationen hemma ohållbar."),
    "kontakt_vardnadshavare": ("Ringde vårdnadshavare som kom och hämtade.",
                               "Pratade med mamma i telefon."),
    "hanvisning": ("Hänvisade till ungdomsmottagningen.", "Hänvisade till skolkurator."),
    "skjuts_hem": ("Följde hem, vårdnadshavare mötte upp.", "Ordnade skjuts hem."),
}

_WEATHER = {
    "vinter": ("Kallt och halt.", "Snöfall under kvällen.", "Minusgrader och blåsigt."),
    "vår": ("Första ljumma kvällen för säsongen.", "Regn större delen av passet.",
            "Kyligt men torrt."),
    "sommar": ("Varmt och ljust.", "Ljus sommarkväll, folk ute länge.",
               "Åskskur vid tiotiden, det tunnades ut."),
    "höst": ("Regn och blåst.", "Mörkt och ruskigt.", "Klar och kall höstkväll."),
}
_SEASON_OF_MONTH = ("vinter",) * 2 + ("vår",) * 3 + ("sommar",) * 3 + ("höst",) * 3 + ("vinter",)
_OPENING = {1: ("Lugn {k} i {w}.", "Lugnt pass i {w}.", "Stilla och fint i {w}."),
            2: ("Blandad {k} i {w}.", "Händelserik {k} i {w}.", "Växlande stämning i {w}."),
            3: ("Stökig {k} i {w}.", "Orolig {k} i {w}.", "Tufft pass i {w}.")}
_PART_OF_DAY = {"nattpass": "natt", "helgpass": "dag"}
_PARTNER = {
    "polis": ("Avstämning med polisen vid {p}.", "Polisen kom förbi två gånger.",
              "Gick en runda tillsammans med polisen."),
    "nattvandrare": ("Nattvandrarna var ute, vi möttes vid {p}.",
                     "Bra samverkan med nattvandrarna."),
    "vaktare": ("Pratade med väktarna vid {p}.",),
    "socialtjanst": ("Socialtjänsten med under kvällen.",),
    "fritidsgard": ("Personalen berättade om stämningen på gården.",),
    "skola": ("Avstämning med kurator och rektor.",),
}


def approx(n: int) -> str:
    """A rough Swedish count: ``"ett fåtal"``, ``"ett tiotal"``, ``"ett 20-tal"``."""
    if n < 5:
        return "ett fåtal"
    if n < 10:
        return "några"
    if n < 15:
        return "ett tiotal"
    return f"ett {round(n / 10) * 10}-tal" if n < 95 else f"ett {round(n / 50) * 50}-tal"


def summary(rng: random.Random, kind: str, day: date, areas: Sequence[Place], label: str,
            crowd: str, affected: int, observations: Sequence[Observation],
            partners: Sequence[str]) -> str:
    """A short Swedish shift summary that agrees with the shift's counts and observations."""
    first, last = areas[0], areas[-1]
    where = "centrum" if first.area == "Centrum" else (first.area or first.name)
    worst = max((o.severity for o in observations), default=1)
    if kind == "skolpass":
        parts = [f"Skolpass på {first.name}. Pratade med {crowd} elever i korridorer och matsal."]
    elif kind == "fritidsgard":
        parts = [f"Kväll på {first.name}, {crowd} besökare. Pingis och fika."]
    elif kind == "tatortsvandring":
        parts = [f"Tätortsvandring i {where} med polis, gata/park och fastighetsägare. "
                 f"{len(observations)} punkter noterade."]
    else:
        part_of_day = _PART_OF_DAY.get(kind, "kväll")
        head = f"{label}." if label else rng.choice(_OPENING[worst]).format(k=part_of_day, w=where)
        tail = (", inga incidenter." if worst == 1 else ", flera påverkade." if affected > 2
                else ".")
        parts = [head, f"{crowd.capitalize()} unga vid {first.name}{tail}"]
    if kind not in ("skolpass", "fritidsgard") and rng.random() < 0.4:
        parts.append(rng.choice(_WEATHER[_SEASON_OF_MONTH[day.month - 1]]))
    if worst == 3:
        parts.append("Noterat: " + max(observations, key=lambda o: o.severity).description)
    for partner in partners:
        if partner in _PARTNER and rng.random() < 0.7:
            parts.append(rng.choice(_PARTNER[partner]).format(p=rng.choice(areas).name))
    if rng.random() < 0.25:
        parts.append(rng.choice(("Avslutade med en runda vid {p}.", "Få ute mot slutet.",
                                 "Skrivit in till lägesbilden.")).format(p=last.name))
    return " ".join(parts)


def follow_up_text(rng: random.Random, concern: Sequence[Contact],
                   forwarded: Sequence[Observation], areas: Sequence[Place]
                   ) -> tuple[str, str | None]:
    """Text of a follow-up for a shift, and the contact it is about (if any)."""
    if concern and rng.random() < 0.7:
        text = rng.choice(("Återkoppla till socialtjänsten efter orossamtalet.",
                           "Kontakta skolkurator om oron från orossamtalet.",
                           "Boka uppföljande samtal med vårdnadshavare."))
        return text, rng.choice(concern).id
    names = {p.id: p.name for p in areas}
    if forwarded and rng.random() < 0.7:
        obs = rng.choice(forwarded)
        place, desc = names.get(obs.place_id, "platsen"), obs.description.lower()
        if "belysning" in desc or "lampor" in desc:
            return f"Anmäla trasig belysning vid {place} till gata/park.", None
        if "klotter" in desc or "taggar" in desc:
            return f"Be gata/park sanera klottret vid {place}.", None
        return f"Följa upp med gata/park om städning vid {place}.", None
    place = rng.choice(areas).name
    return rng.choice((f"Stämma av läget vid {place} med polisen inför lägesbildsmötet.",
                       f"Följa upp gruppen vid {place} nästa helg.",
                       "Kontakta skolkurator om oro för en elev i åk 8.",
                       "Mejla nattvandrarna om helgens schema.",
                       f"Boka möte med rektor om stöket vid {place}.",
                       "Fråga fritidsgården om öppettider under lovet.")), None
