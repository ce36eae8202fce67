/**
 * The instrument catalogue: what the task-pane checklist offers per area (content brief: shared/domain/instruments.md).
 *
 * Rules for this file:
 * - Ids are stable and never reused. Retire an item by removing it (and bumping the version), never by renaming
 *   another item to its id; rows stored in workbooks refer to items by id.
 * - Bump `version` on every content change (patch: wording; minor: items added; major: items removed or re-scoped).
 * - Texts are written by this project in plain Dutch. They summarise the source documents in shared/seeds but never
 *   copy their sentences (test/core/catalogue.test.ts checks for shared runs of eight words).
 * - `source` names the seed file (an internal key; users see the citation from sourceDocuments.ts) and the chapter,
 *   paragraph or box where a user can read on. An example or claim that comes from elsewhere (a corporation's practice
 *   from the seminar, a research finding from another chapter) is cited in `alsoSources`, next to the claim it supports.
 */
import type { Catalogue, CatalogueItem } from "./types";

const S000 = "000_0523ef2dc1192a67.txt";
const S001 = "001_c40cea4d2d284766.txt";
const S002 = "002_165b0d74a3dcb4a8.txt";
const S003 = "003_123dfbf1af8f95c7.txt";
const S004 = "004_c5c816136e6ac63e.txt";

const ZEVEN_VRAGEN = "hoofdstuk 4, kader 'Zeven vragen die elke protagonist in het mengingsdebat zou moeten stellen'";

/** Part 1: mixing with precision, four steps (001, hoofdstuk 4). */
const PRECISIE: CatalogueItem[] = [
  {
    id: "precisie.1.doel",
    part: "precisie",
    step: 1,
    title: "Waarom, waartoe en hoe mengen?",
    explanation:
      "Maak samen expliciet waarom u in dit gebied wilt mengen, wat het moet opleveren en met welke sturing. " +
      "Kies bewust: gaat het om betere cijfers voor het gebied, of om betere kansen voor de mensen die er nu wonen?",
    actors: ["gemeente", "corporatie", "zorg/welzijn", "bewoners"],
    caution:
      "Gebiedscijfers verbeteren vaak vooral doordat er andere huishoudens komen wonen, niet doordat het de " +
      "zittende bewoners beter gaat.",
    source: { file: S001, section: "hoofdstuk 4, Stap 1: Bewustwording en consensus over doelen en ambities" },
  },
  {
    id: "precisie.1.wat",
    part: "precisie",
    step: 1,
    title: "Vraag 1: wat mengt u?",
    explanation:
      "Benoem wat er gemengd moet worden: woningtypen, inkomens, herkomst, klasse, leefstijl of een combinatie. " +
      "Die indelingen overlappen deels; wees precies over welke u bedoelt en wat u meet.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 1` },
  },
  {
    id: "precisie.1.wie",
    part: "precisie",
    step: 1,
    title: "Vraag 2: wie mengt u en wie draagt de lasten?",
    explanation:
      "Bepaal wie er gemengd wordt (personen, huishoudens, scholen, verenigingen, buurten) en wie er beter van wordt. " +
      "Maak ook zichtbaar wie de kosten draagt, bijvoorbeeld wie moet verhuizen of langer moet wachten op een woning.",
    actors: ["gemeente", "corporatie", "bewoners"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 2` },
  },
  {
    id: "precisie.1.veranderingstheorie",
    part: "precisie",
    step: 1,
    title: "Vraag 3: hoe moet het werken?",
    explanation:
      "Schrijf de veranderingstheorie op: via welk sociaal mechanisme, zoals contact, rolmodellen, draagvlak voor " +
      "voorzieningen of sociale controle, leidt menging hier tot het gewenste resultaat? Zonder die redenering valt " +
      "het effect niet te toetsen.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 3` },
  },
  {
    id: "precisie.1.probleem-middel-doel",
    part: "precisie",
    step: 1,
    title: "Vraag 4: is menging probleem, middel of doel?",
    explanation:
      "Spreek af of menging hier als probleem, als middel of als doel op zich geldt. Vroeger zag men verschil in " +
      "leefstijl vaak als probleem en verschil in inkomen als oplossing; maak die keuze nu bewust.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 4` },
  },
  {
    id: "precisie.1.doelstellingen",
    part: "precisie",
    step: 1,
    title: "Vraag 5: wiens doelen, hoeveel menging?",
    explanation:
      "Leg naast elkaar wat gemeente, corporaties, zorgpartijen en bewoners met menging willen bereiken en waar " +
      "dat uiteenloopt. Spreek af welke mate van menging u nastreeft.",
    actors: ["gemeente", "corporatie", "zorg/welzijn", "bewoners"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 5` },
  },
  {
    id: "precisie.1.schaal",
    part: "precisie",
    step: 1,
    title: "Vraag 6: op welke schaal?",
    explanation:
      "Kies het niveau waarop u mengt en effecten verwacht: portiek, complex, straat, buurt, stadsdeel, stad of " +
      "regio. De functie MENG.SCHAAL laat zien op welk niveau de segregatie in uw gegevens zit.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 6` },
  },
  {
    id: "precisie.1.tijd",
    part: "precisie",
    step: 1,
    title: "Vraag 7: op welke termijn?",
    explanation:
      "Bepaal wanneer u effect verwacht: meteen, na een paar jaar of pas na een generatie, zoals bij de sociale " +
      "stijging van kinderen. Stem verwachtingen en monitoring daarop af.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: `${ZEVEN_VRAGEN}, vraag 7` },
  },
  {
    id: "precisie.2.afstemming",
    part: "precisie",
    step: 2,
    title: "Gezamenlijke strategie vastleggen",
    explanation:
      "Stem af hoe gemeente, corporaties en zorg- en welzijnspartijen direct of indirect sturen op wie waar woont. " +
      "Leg dat vast in regionale woondeals, prestatieafspraken en de woonzorgvisie.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    caution:
      "Beleid let vaak op óf iemand een woning krijgt en minder op waar die woning staat; zo blijven de gevolgen " +
      "voor één wijk buiten beeld.",
    source: { file: S001, section: "hoofdstuk 4, Stap 2: Strategische afstemming" },
  },
  {
    id: "precisie.2.stedelijke-regie",
    part: "precisie",
    step: 2,
    title: "Grond, verdeling en spreiding op stads- en regioniveau",
    explanation:
      "Maak stedelijke en regionale afspraken over grondbeleid, woonruimteverdeling en de spreiding van sociale huur. " +
      "Eén wijk kan de opgave niet alleen dragen: volgens RIGO ('Veerkracht in het corporatiebezit') nemen overlast " +
      "en onveiligheid toe waar kwetsbare huishoudens zich ophopen.",
    actors: ["gemeente", "corporatie"],
    caution:
      "RIGO laat een samenhang zien. Tien stedelijk onderzoekers wijzen erop dat er weinig bewijs is dat de " +
      "concentratie van armoede zelf de problemen in Nederlandse wijken wezenlijk verergert, en dat menging met " +
      "welgestelde nieuwkomers arme bewoners niet vooruithelpt.",
    source: { file: S001, section: "hoofdstuk 4, Stap 2: Strategische afstemming" },
    alsoSources: [
      { file: S001, section: "§2.2, Dempen van concentraties kwetsbare huishoudens (RIGO, 'Veerkracht')" },
      { file: S004, section: "Steeds slechter gesteld met de leefbaarheid in de armste wijken (RIGO, 'Veerkracht')" },
      { file: S000, section: "Concentraties kwetsbare mensen (tegenargument)" },
    ],
  },
  {
    id: "precisie.3.doorvertaling",
    part: "precisie",
    step: 3,
    title: "Doelen per wijk in aantallen en verhoudingen",
    explanation:
      "Geef per wijk, buurt of deelgebied aan hoe elke maatregel bijdraagt aan de doelen van de wijkaanpak, ook in " +
      "aantallen woningen en verhoudingen tussen segmenten. Dan zijn afspraken te toetsen.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "hoofdstuk 4, Stap 3: Gebiedsgerichte doorvertaling" },
  },
  {
    id: "precisie.3.integraal",
    part: "precisie",
    step: 3,
    title: "Fysieke ingrepen nooit alleen",
    explanation:
      "Bouwen en vernieuwen is nodig, maar nooit genoeg. Combineer investeringen in vastgoed met voorzieningen voor " +
      "ontmoeting, aandacht voor samenleven, talentontwikkeling, werk en een betere openbare ruimte.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: { file: S001, section: "hoofdstuk 4, Stap 3: Gebiedsgerichte doorvertaling" },
  },
  {
    id: "precisie.4.bewoners-en-woningmix",
    part: "precisie",
    step: 4,
    title: "Gelaagd beeld van bewoners, passende woningmix",
    explanation:
      "Kijk genuanceerd naar huidige en toekomstige bewoners, niet in tegenstellingen als arm tegenover rijk. Leid " +
      "daaruit af welke woningtypen en segmenten nodig zijn; Woonwaarts bracht in Malvert bijvoorbeeld een deel van " +
      "de maisonnettes naar de vrije sector.",
    actors: ["gemeente", "corporatie"],
    caution:
      "Bouwkosten, marktdruk en politiek ongeduld verleiden tot kortzichtige keuzes. Blijf sturen op leefbaarheid " +
      "en op de toekomst van wie er woont.",
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
    alsoSources: [{ file: S004, section: "Van onderbuikgevoel naar onderbouwing: een vitale wijkaanpak in Malvert (Nijmegen) (voorbeeld Woonwaarts)" }],
  },
  {
    id: "precisie.4.selectieve-toewijzing",
    part: "precisie",
    step: 4,
    title: "Passende toewijzingsinstrumenten",
    explanation:
      "Kies en ontwerp de instrumenten voor gerichte toewijzing die bij de doelen van dit gebied passen (zie de " +
      "toewijzingsitems bij de fysieke instrumenten) en leg vast hoe u de gevolgen volgt.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
  },
  {
    id: "precisie.4.woonvormen",
    part: "precisie",
    step: 4,
    title: "Andere woonvormen en tijdelijke contracten",
    explanation:
      "Overweeg nieuwe woonvormen en tijdelijke huurcontracten. Portaal liet in Place2BU (Utrecht) studenten, " +
      "mensen uit de opvang en statushouders samen wonen, met veel zelfbeheer, ook bij de toewijzing.",
    actors: ["corporatie", "zorg/welzijn", "gemeente"],
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
    alsoSources: [{ file: S004, section: "Hoe houd je wijken en buurten leefbaar? (voorbeeld Portaal, Place2BU)" }],
  },
  {
    id: "precisie.4.fasering",
    part: "precisie",
    step: 4,
    title: "Eerst bouwen, dan slopen",
    explanation:
      "Faseer zo dat nieuwbouw klaar is voordat er gesloopt wordt. Dan kunnen bewoners binnen de wijk verhuizen " +
      "of terugkeren, zonder tijdelijke tussenwoning elders.",
    actors: ["corporatie", "gemeente"],
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
  },
  {
    id: "precisie.4.begeleiding",
    part: "precisie",
    step: 4,
    title: "Begeleiding en verhuisvergoeding",
    explanation:
      "Regel wat nodig is voor terugkeer en herhuisvesting: persoonlijke begeleiding, een verhuisvergoeding en " +
      "genoeg tijd om een gelijkwaardige of betere woning te vinden.",
    actors: ["corporatie", "zorg/welzijn"],
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
  },
  {
    id: "precisie.4.monitoring",
    part: "precisie",
    step: 4,
    title: "Verdringing en waterbedeffect volgen",
    explanation:
      "Volg waar vertrokken bewoners terechtkomen en of problemen naar andere buurten verschuiven. Kijk op " +
      "wijk-, stadsdeel- en regioniveau, niet alleen in het eigen gebied.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "hoofdstuk 4, Stap 4: Precisie in de uitwerking" },
  },
  {
    id: "precisie.4.gentle-gentrification",
    part: "precisie",
    step: 4,
    title: "Tot slot: gentle gentrification",
    explanation:
      "Laat de wijk geleidelijk veranderen, zodat zittende bewoners meeprofiteren. Zorg dat blijvers, vertrekkers " +
      "en nieuwkomers alle drie beter wonen, en voorkom dat mensen met weinig geld worden weggedrukt.",
    actors: ["gemeente", "corporatie", "zorg/welzijn", "bewoners"],
    caution:
      "Verdringing is nooit helemaal te voorkomen. Het wordt schadelijk als steunende netwerken snel wegvallen of " +
      "mensen onder druk naar een buurt moeten die niet bij hen past.",
    source: { file: S001, section: "hoofdstuk 4, Tot slot: streef naar gentle gentrification" },
  },
];

/** Part 2: physical instruments (001 §3.1; 002 hoofdstuk 3). */
const FYSIEK: CatalogueItem[] = [
  {
    id: "fysiek.grondbeleid",
    part: "fysiek",
    title: "Grondbeleid en grondposities",
    explanation:
      "Wie de grond heeft, bepaalt grotendeels hoeveel sociale en betaalbare woningen er komen. Corporaties mogen " +
      "sinds de Woningwet 2015 alleen grond houden als ze er binnen vijf jaar sociale huur bouwen. Grond buiten " +
      "kwetsbare wijken helpt betaalbaar wonen te spreiden.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "§3.1, Grondbeleid" },
  },
  {
    id: "fysiek.regionale-voorraad",
    part: "fysiek",
    title: "Vast aandeel betaalbaar en uitruilafspraken",
    explanation:
      "Spreek af dat elk nieuwbouwproject in de gemeente een vast percentage betaalbare woningen bevat. Maak " +
      "uitruilafspraken: sociale huur die in een kwetsbare wijk verdwijnt, wordt elders in de stad teruggebouwd.",
    actors: ["gemeente", "corporatie", "anders"],
    source: { file: S001, section: "§3.1, Sturen op de lokale en regionale woningvoorraad" },
  },
  {
    id: "fysiek.wet-regie-volkshuisvesting",
    part: "fysiek",
    title: "Wet versterking regie volkshuisvesting",
    explanation:
      "Dit wetsvoorstel geeft overheden meer grip op hoeveel, waar en hoe betaalbaar er gebouwd wordt. Het legt ook " +
      "vast dat urgente groepen een woning kunnen krijgen en evenwichtig over de regio worden verdeeld.",
    actors: ["gemeente", "corporatie"],
    caution: "Bij het schrijven van de bron (september 2024) nog een wetsvoorstel; controleer de actuele stand.",
    source: { file: S001, section: "§3.1, Sturen op de lokale en regionale woningvoorraad" },
  },
  {
    id: "fysiek.herstructurering",
    part: "fysiek",
    title: "Herstructurering: sloop, nieuwbouw, transformatie",
    explanation:
      "Vervang of vernieuw woningen en voeg andere segmenten toe. Na het grotestedenbeleid viel dit rond 2012–2015 " +
      "vrijwel stil; via het Volkshuisvestingsfonds en meer ruimte voor corporaties komt het in kwetsbare wijken terug.",
    actors: ["corporatie", "gemeente"],
    caution: "Sloop kan bewoners verdringen en de buurtorganisaties en ontmoetingsplekken van een wijk beschadigen.",
    source: { file: S001, section: "§3.1, Herstructurering: sloop, nieuwbouw en transformatie" },
  },
  {
    id: "fysiek.verdichting",
    part: "fysiek",
    title: "Verdichten in plaats van verdunnen",
    explanation:
      "Voeg woningen toe in plaats van sociale huur te schrappen; soms verdubbelt het aantal woningen in een buurt. " +
      "Slim faseren laat bewoners in de wijk blijven. Het vraagt afstemming tussen gemeentelijke diensten over " +
      "vergunningen, ondergrondse infrastructuur en openbare ruimte.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "§3.1, Verdichting" },
  },
  {
    id: "fysiek.schaal-korrelgrootte",
    part: "fysiek",
    title: "Schaal en korrelgrootte",
    explanation:
      "Mengen werkt het best met homogene blokken in een gevarieerde wijk: bewoners beleven vooral hun straat of " +
      "complex, de wijk is er voor de voorzieningen. MENG.SCHAAL meet of segregatie op fijn of grof niveau zit.",
    actors: ["gemeente", "corporatie"],
    caution: "Er bestaat geen formule voor de juiste mix; die hangt af van de plaatselijke situatie.",
    source: { file: S001, section: "§3.1, De juiste schaal en korrelgrootte (negen inzichten)" },
  },
  {
    id: "fysiek.verkoop",
    part: "fysiek",
    title: "Verkoop van sociale huurwoningen",
    explanation:
      "Corporaties verkochten huurwoningen onder meer om de verhuurderheffing te betalen en in de verwachting dat " +
      "eigenaren zich meer aan hun buurt binden. Bedenk vooraf wat er met de woningen en met de sturing gebeurt.",
    actors: ["corporatie"],
    caution:
      "Onderzoekers zijn sceptisch: kopers missen soms geld voor onderhoud, woningen belanden deels bij commerciële " +
      "verhuurders en gemeente en corporatie verliezen sturing.",
    source: { file: S001, section: "§3.1, Verkopen van sociale huurwoningen" },
  },
  {
    id: "fysiek.inponden",
    part: "fysiek",
    title: "Inponden: particuliere woningen aankopen",
    explanation:
      "Corporaties kopen particuliere woningen, knappen ze op en verhuren ze als sociale huur. Parkstad Limburg " +
      "doet dit sinds 2017, inmiddels ook om gericht leefbaarheidsproblemen aan te pakken.",
    actors: ["corporatie", "gemeente"],
    source: { file: S001, section: "§3.1, Inponden van particulier bezit" },
  },
  {
    id: "fysiek.toewijzing-leefstijl",
    part: "fysiek",
    title: "Leefstijl, screening, ballotage en bemiddeling",
    explanation:
      "Zacht sturen op wie waar komt wonen, bijvoorbeeld met een welkomstgesprek waarin de corporatie zo nodig een " +
      "andere buurt aanraadt om overlast te voorkomen. De Huisvestingswet 2014 laat weinig ruimte voor dit maatwerk.",
    actors: ["corporatie"],
    caution: "In de vrije en particuliere huursector gaat selectief verhuren geregeld samen met discriminatie.",
    source: { file: S001, section: "§3.1, Toewijzing op basis van leefstijl, screening of ballotage" },
  },
  {
    id: "fysiek.wbmgp.art-8",
    part: "fysiek",
    title: "Wbmgp (Rotterdamwet) art. 8: inkomen uit werk",
    explanation:
      "In aangewezen complexen, straten of buurten kan de gemeente, met instemming van het Rijk, woningzoekenden " +
      "zonder inkomen uit werk een huisvestingsvergunning weigeren. Onder meer gepensioneerden en studenten zijn " +
      "uitgezonderd; er is een hardheidsclausule.",
    actors: ["gemeente"],
    caution:
      "Evaluaties: meer werkenden, maar geen aangetoond effect op leefbaarheid of veiligheid. Tien stadsonderzoekers " +
      "noemen de wet discriminerend en uitsluitend.",
    source: { file: S001, section: "§3.1, Wet bijzondere maatregelen grootstedelijke problematiek" },
  },
  {
    id: "fysiek.wbmgp.art-9",
    part: "fysiek",
    title: "Wbmgp (Rotterdamwet) art. 9: voorrang op profiel",
    explanation:
      "In aangewezen gebieden kan de gemeente voorrang geven aan woningzoekenden met bepaalde sociaaleconomische " +
      "kenmerken, zoals een maatschappelijk beroep, een startkwalificatie of vrijwilligerswerk.",
    actors: ["gemeente", "corporatie"],
    caution:
      "Voorrang voor 'gewenste' huurders duwt kwetsbare woningzoekenden verder weg; een effect op de leefbaarheid " +
      "is niet aangetoond.",
    source: { file: S001, section: "§3.1, Wet bijzondere maatregelen grootstedelijke problematiek" },
  },
  {
    id: "fysiek.wbmgp.art-10",
    part: "fysiek",
    title: "Wbmgp (Rotterdamwet) art. 10: weigeren bij ernstige overlast",
    explanation:
      "Sinds 2017 kan de gemeente een vergunning weigeren aan wie ernstige overlast veroorzaakt of zich crimineel " +
      "gedraagt. Ook hier geldt een hardheidsclausule voor schrijnende gevallen.",
    actors: ["gemeente"],
    caution:
      "In evaluaties van de Wbmgp is geen effect op leefbaarheid of veiligheid aangetoond; een herziening van de " +
      "wet is aan de Tweede Kamer voorgesteld.",
    source: { file: S001, section: "§3.1, Wet bijzondere maatregelen grootstedelijke problematiek" },
  },
  {
    id: "fysiek.huisvestingswet-voorrang",
    part: "fysiek",
    title: "Huisvestingswet 2024: voorrang vitaal beroep of binding",
    explanation:
      "Sinds 1 januari 2024 mag de gemeente bij schaarste maximaal 50% van de sociale huur en betaalbare " +
      "nieuwbouwkoop (in 2024 tot € 390.000) met voorrang toewijzen bij een vitaal beroep of lokale binding. " +
      "MENG.VOORRANG.TOETS toetst dat plafond.",
    actors: ["gemeente", "corporatie"],
    caution: "Elke voorrangsregel verkleint de kansen van andere woningzoekenden, onder wie kwetsbare huishoudens.",
    source: { file: S001, section: "§3.1, Wijziging van de Huisvestingswet (2024)" },
  },
  {
    id: "fysiek.vergunningplicht-leefbaarheid",
    part: "fysiek",
    title: "Vergunningplicht voor splitsen en verkamering",
    explanation:
      "Sinds 2024 mag ook leefbaarheid, niet alleen schaarste, een reden zijn om wijzigingen in de woningvoorraad " +
      "vergunningplichtig te maken, zoals splitsen en kamerverhuur. Eisen aan woningzoekenden zelf mogen daarbij niet.",
    actors: ["gemeente"],
    caution:
      "Via de voorraad verandert indirect toch de bevolking: vooral studenten, arbeidsmigranten en spoedzoekers " +
      "kunnen erdoor worden geweerd.",
    source: { file: S001, section: "§3.1, Wijziging van de Huisvestingswet (2024)" },
  },
];

/** Part 3: social instruments (001 §3.2; 002 hoofdstuk 3; 003; 004). */
const SOCIAAL: CatalogueItem[] = [
  {
    id: "sociaal.onderwijs",
    part: "sociaal",
    title: "Menging in het onderwijs",
    explanation:
      "Nederlandse scholen zijn sterk gescheiden, vooral door de schoolkeuze van ouders. Alleen een combinatie helpt: " +
      "schoolkeuze beïnvloeden, toelatingsbeleid, brede brugklassen en een gevarieerde woningvoorraad rond de school.",
    actors: ["gemeente", "anders"],
    source: { file: S001, section: "§3.2, Menging in het onderwijs" },
  },
  {
    id: "sociaal.hechte-contacten",
    part: "sociaal",
    title: "Hechte contacten: bonding en bridging",
    explanation:
      "Steun initiatieven die bruggen slaan naar andere groepen (bridging), maar ook plekken waar mensen met iets " +
      "gemeenschappelijks elkaar opvangen (bonding). Dat laatste geeft houvast en een gevoel van thuis.",
    actors: ["zorg/welzijn", "bewoners", "gemeente"],
    source: { file: S001, section: "§3.2, Bevorderen van hechte contacten" },
  },
  {
    id: "sociaal.lichte-contacten",
    part: "sociaal",
    title: "Lichte contacten en publieke familiariteit",
    explanation:
      "In diverse buurten zijn korte, steeds terugkerende ontmoetingen vaak haalbaarder dan vriendschap. Elkaar van " +
      "gezicht kennen en groeten helpt mensen zich op hun gemak te voelen (WRR 2020, RMO 2005).",
    actors: ["zorg/welzijn", "gemeente", "bewoners"],
    source: { file: S001, section: "§3.2, Bevorderen van lichte contacten; Publieke familiariteit" },
  },
  {
    id: "sociaal.ontmoetingsplekken",
    part: "sociaal",
    title: "Vanzelfsprekende ontmoetingsplekken",
    explanation:
      "Zorg voor plekken waar mensen elkaar vanzelf tegenkomen: buurthuis, buurttuin, bibliotheek, schoolplein, " +
      "winkel, café. Combineer functies, ontwerp ruim en huiselijk, laat ruimte voor anonimiteit én een praatje, " +
      "en zet gastvrije medewerkers in.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: {
      file: S001,
      section: "§3.2, Contact bevorderen via vanzelfsprekende ontmoetingsplekken (vier aanbevelingen)",
    },
  },
  {
    id: "sociaal.amicaliteit",
    part: "sociaal",
    title: "Amicaliteit: samen iets doen",
    explanation:
      "Vriendelijke omgang groeit eerder uit gedeelde bezigheden dan uit een gedeelde identiteit. Voorbeeld: in het " +
      "Gebrookerbos (Heerlen-Noord) maakten bewoners van verwaarloosde plekken iets nieuws, naar hun eigen plannen.",
    actors: ["bewoners", "zorg/welzijn", "gemeente"],
    source: { file: S001, section: "§3.2, Amicaliteit" },
  },
  {
    id: "sociaal.alledaagse-attentheid",
    part: "sociaal",
    title: "Alledaagse attentheid",
    explanation:
      "Buren die op elkaar letten, even helpen met de boodschappen of een zieke buur een maaltijd brengen. Ondersteun " +
      "dit terughoudend vanuit zorg en welzijn en waardeer attente plekken, zoals de buurtsuper of de snackbar.",
    actors: ["bewoners", "zorg/welzijn"],
    source: { file: S001, section: "§3.2, Alledaagse attentheid" },
  },
  {
    id: "sociaal.subtiele-regie",
    part: "sociaal",
    title: "Subtiele regie en 'best persons'",
    explanation:
      "Contact ontstaat niet vanzelf: professionals, sociale ondernemers en sleutelfiguren onder bewoners brengen " +
      "mensen samen. Vertrouwde vaste gezichten zijn ook belangrijk; een reden om veel verhuizingen in een buurt " +
      "af te remmen.",
    actors: ["zorg/welzijn", "bewoners", "corporatie"],
    caution: "Initiatieven die op één persoon leunen, wankelen als die persoon wegvalt.",
    source: { file: S001, section: "§3.2, Het belang van subtiele regie en 'best persons'" },
  },
  {
    id: "sociaal.beperking",
    part: "sociaal",
    title: "Mensen met en zonder beperking verbinden",
    explanation:
      "Zulke contacten ontstaan zelden spontaan. Organiseer lichte, gezellige ontmoetingen met een gedeeld doel " +
      "(buurttuin, kinderboerderij), duidelijke grenzen en vrijheid om wel of niet mee te doen; sociaal werkers " +
      "hebben daarin een sleutelrol.",
    actors: ["zorg/welzijn", "corporatie", "bewoners"],
    source: { file: S001, section: "§3.2, Het verbinden van mensen met en zonder beperking" },
  },
  {
    id: "sociaal.inclusieve-wijken",
    part: "sociaal",
    title: "Een inclusieve wijk, niet elke activiteit inclusief",
    explanation:
      "Eis niet dat elke activiteit voor iedereen is. Steun ook zelforganisatie van groepen met een gedeelde " +
      "achtergrond of ambitie, en aanvaard verschil binnen een wijk waar voor iedereen plaats is (een 'mozaïekwijk').",
    actors: ["gemeente", "zorg/welzijn", "bewoners"],
    source: { file: S001, section: "§3.2, Werken aan inclusieve wijken" },
  },
  {
    id: "sociaal.sociale-infrastructuur",
    part: "sociaal",
    title: "Sociale infrastructuur in kaart en versterken",
    explanation:
      "Breng in kaart welke organisaties en plekken bewoners verbinden: buurthuis, jongerenplek, welzijns- en " +
      "vrijwilligerswerk, kerk, moskee, sportschool, café, winkel. Geef ze stabiele financiering en een vast " +
      "aanspreekpunt.",
    actors: ["gemeente", "zorg/welzijn", "corporatie"],
    caution:
      "Cijfers zoals de Leefbaarometer zien dit werk niet: ken de buurt op straatniveau. Sloop en verhuizing kunnen " +
      "deze infrastructuur kapotmaken.",
    source: { file: S003, section: "Sociale infrastructuur; Kennis op straatniveau" },
  },
  {
    id: "sociaal.wederkerigheid",
    part: "sociaal",
    title: "Bewoners aan zet en wederkerigheid",
    explanation:
      "Laat bewoners echt meebeslissen over de aanpak van hun wijk. Mechelen biedt een sociale woning in ruil voor " +
      "inzet in de buurt; 'Pleinmakers' leggen er contacten. Bij Portaal motiveren woningzoekenden wat ze voor de " +
      "buren kunnen betekenen.",
    actors: ["bewoners", "corporatie", "gemeente"],
    source: { file: S004, section: "De Mechelse aanpak: veiligheid en iedereen telt mee!" },
    alsoSources: [{ file: S004, section: "Hoe houd je wijken en buurten leefbaar? (voorbeeld Portaal)" }],
  },
  {
    id: "sociaal.buurtbeheer",
    part: "sociaal",
    title: "Zichtbaar en intensief buurtbeheer",
    explanation:
      "Zet zichtbare buurtbeheerders in die contact zoeken, zoals Woonwaarts zes weken na een verhuizing, en houd " +
      "intensief beheer ook na oplevering vol (Pré Wonen). De vitaliteitsscore (MENG.VITALITEIT) helpt kiezen waar " +
      "u eerst kijkt.",
    actors: ["corporatie", "gemeente"],
    source: {
      file: S004,
      section: "Van onderbuikgevoel naar onderbouwing: een vitale wijkaanpak in Malvert (Nijmegen)",
    },
  },
];

/** Part 4: economic instruments (001 §3.3; 002 hoofdstuk 3). */
const ECONOMISCH: CatalogueItem[] = [
  {
    id: "economisch.werkruimte",
    part: "economisch",
    title: "Betaalbare werkruimte in de wijk",
    explanation:
      "Maak kleine, betaalbare bedrijfsruimten, woon-werkwoningen en (tijdelijke) broedplaatsen, bijvoorbeeld in " +
      "leegstaand, vervallen of historisch vastgoed. Geef ook creatieve bedrijvigheid een plek.",
    actors: ["gemeente", "corporatie", "anders"],
    source: { file: S001, section: "§3.3, Economische instrumenten" },
  },
  {
    id: "economisch.plinten",
    part: "economisch",
    title: "Levendige plinten en winkelstraten",
    explanation:
      "Knap winkelgevels en plinten op, stimuleer wonen boven winkels en overweeg een publiekstrekker in de wijk. " +
      "Winkels en horeca zijn ook plekken waar buurtgenoten elkaar leren herkennen.",
    actors: ["gemeente", "corporatie", "anders"],
    source: { file: S001, section: "§3.3, Economische instrumenten" },
  },
  {
    id: "economisch.faciliteren",
    part: "economisch",
    title: "Ondernemen makkelijker maken",
    explanation:
      "Help bedrijvigheid op gang met een oplopende aanloophuur, soepele regels, microkrediet en tijdelijk gebruik " +
      "van leegstaande panden.",
    actors: ["gemeente", "corporatie"],
    source: { file: S001, section: "§3.3, Economische instrumenten" },
  },
  {
    id: "economisch.ondernemerschap",
    part: "economisch",
    title: "Ondernemerschap als route naar werk",
    explanation:
      "Voor wie op de arbeidsmarkt vastloopt, door discriminatie, een ontbrekende startkwalificatie of een niet " +
      "erkend diploma, kan een eigen bedrijf een uitweg zijn. Bied begeleiding bij de lokale regels en loketten.",
    actors: ["gemeente", "anders"],
    caution: "Kleine inkomsten uit een eigen zaak botsen vaak met de uitkering; regel dat de verrekening werkt.",
    source: { file: S001, section: "§3.3, Economische instrumenten" },
  },
  {
    id: "economisch.basisbanen",
    part: "economisch",
    title: "Basisbanen in de wijk",
    explanation:
      "Vaste banen die deels uit uitkeringsgeld worden betaald, voor wie ondernemen of de gewone arbeidsmarkt niet " +
      "haalbaar is. Denk aan groen, conciërgewerk op scholen, beheer, veiligheid of het tegengaan van eenzaamheid.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: { file: S002, section: "hoofdstuk 3, Zorgdragen voor basisbanen in de wijk" },
  },
];

/** Part 5: cautions that apply across the list (000; 001; 002 hoofdstuk 4; 003; 004). */
const WAARSCHUWINGEN: CatalogueItem[] = [
  {
    id: "waarschuwingen.zwak-bewijs",
    part: "waarschuwingen",
    title: "Weinig bewijs dat menging zittende bewoners helpt",
    explanation:
      "Dat menging het leven van de huidige bewoners verbetert, is nauwelijks aangetoond. Wijkcijfers gaan vooral " +
      "vooruit doordat er andere mensen wonen. Investeer daarom ook rechtstreeks in onderwijs, werk en bereikbaarheid.",
    actors: ["gemeente", "corporatie"],
    source: { file: S004, section: "Gedeelde steden, achterstandsbuurten en gemengd wijken beleid" },
  },
  {
    id: "waarschuwingen.stigmatisering",
    part: "waarschuwingen",
    title: "Geen stigmatiserende taal",
    explanation:
      "Vermijd etiketten als 'probleemwijk' en beelden van bewoners als oorzaak van de problemen. Zulke taal " +
      "versterkt het negatieve imago en kan zichzelf waarmaken.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: { file: S000, section: "Stigmatiserend taalgebruik" },
  },
  {
    id: "waarschuwingen.verdringing",
    part: "waarschuwingen",
    title: "Verdringing en waterbedeffect",
    explanation:
      "Let erop dat kwetsbare huishoudens niet naar andere buurten met dezelfde problemen worden geduwd. Sloop kan " +
      "ook buurtorganisaties en ontmoetingsplekken laten verdwijnen.",
    actors: ["gemeente", "corporatie", "zorg/welzijn"],
    source: { file: S001, section: "Inleiding, Oud beleidsideaal, nieuwe omstandigheden" },
  },
  {
    id: "waarschuwingen.vrijwillige-clustering",
    part: "waarschuwingen",
    title: "Vrijwillig samenklonteren is geen probleem",
    explanation:
      "Groepen die uit eigen keuze bij elkaar wonen of samenkomen, vinden daar vaak steun. Wees wel alert als " +
      "mensen tegen hun zin worden buitengesloten, bijvoorbeeld van voorzieningen.",
    actors: ["gemeente", "zorg/welzijn"],
    source: { file: S002, section: "hoofdstuk 4, Accepteer vrijwillige afzondering" },
  },
  {
    id: "waarschuwingen.onorthodox",
    part: "waarschuwingen",
    title: "Het alternatief: sociale huur in rijkere wijken",
    explanation:
      "Bouw sociale huurwoningen bij in middenklasse- en welgestelde wijken. Zo spreidt u betaalbaar wonen en remt " +
      "u de opeenstapeling van problemen in kwetsbare wijken af.",
    actors: ["gemeente", "corporatie"],
    source: { file: S000, section: "Onorthodox" },
  },
];

export const CATALOGUE: Catalogue = {
  version: "1.0.2",
  items: [...PRECISIE, ...FYSIEK, ...SOCIAAL, ...ECONOMISCH, ...WAARSCHUWINGEN],
};
