"""Begrippenlijst (section 1): terms with a short B1 explanation, for tooltips and Bijlage A."""

from __future__ import annotations

BEGRIPPEN: tuple[tuple[str, str], ...] = (
    (
        "Mantelzorg",
        "Hulp aan iemand met een ziekte, beperking of ouderdomsklachten, door iemand die diegene kent: "
        "een partner, ouder, kind, familielid, vriend of buur. De mantelzorger krijgt er niet voor betaald "
        "en het is niet zijn of haar beroep. In onderzoek en in veel gemeenten telt het pas als mantelzorg als het langer "
        "dan drie maanden duurt of meer dan acht uur per week; de Wmo 2015 zelf noemt geen grens.",
    ),
    (
        "Mantelzorger",
        "De persoon die mantelzorg geeft. Veel mensen noemen zichzelf zo niet; zij zeggen "
        '"ik zorg gewoon voor mijn moeder". Een goede uitnodiging houdt daar rekening mee.',
    ),
    (
        "Gebruikelijke zorg",
        "De gewone zorg die mensen in één huishouden voor elkaar horen te doen, zoals ouders voor "
        "jonge kinderen. Mantelzorg gaat verder dan dat. Bij een Wmo-aanvraag kijkt de gemeente "
        "waar die grens ligt.",
    ),
    (
        "Informele zorg",
        "Alle zorg en hulp zonder betaling, buiten de professionele zorg. "
        "Dus mantelzorg, maar ook zorgvrijwilligers en hulp van buren.",
    ),
    (
        "Zorgvrijwilliger",
        "Iemand die via een organisatie vrijwillig anderen helpt, zonder dat hij of zij die persoon al "
        "kende. Bijvoorbeeld een maatje of een vrijwilliger in een hospice. Dit is geen mantelzorger, "
        "maar hoort vaak wel bij hetzelfde beleid.",
    ),
    (
        "Mantelzorgondersteuning",
        "Alle steun voor de mantelzorger zelf, niet voor de persoon die zorg krijgt. Bijvoorbeeld "
        "informatie, advies, een luisterend oor, cursussen, praktische hulp, respijtzorg, "
        "geld of spullen, en waardering.",
    ),
    (
        "Wmo 2015",
        "De Wet maatschappelijke ondersteuning 2015. Door deze wet moet de gemeente inwoners helpen "
        "om zelfstandig te leven en mee te doen, en ook mantelzorgers steunen. De gemeente legt haar "
        "beleid vast in een plan en regels in een verordening, en betrekt inwoners bij het beleid.",
    ),
    (
        "Verordening maatschappelijke ondersteuning",
        "De regels van de gemeente voor de Wmo. De gemeenteraad stelt ze vast. "
        "In stap 4 is dit de fase vaststelling verordening.",
    ),
    (
        "Beleidsplan",
        "Het plan van de gemeente voor het sociaal domein of de Wmo. De gemeenteraad stelt het vast. "
        "Het plan uit deze wizard is een deel van dat plan, of input ervoor.",
    ),
    (
        "Mantelzorgwaardering / blijk van waardering",
        "Een bedankje dat de gemeente elk jaar aan mantelzorgers moet geven. Bijvoorbeeld een "
        "cadeaubon, een pas, een uitje of een activiteit op de Dag van de Mantelzorg.",
    ),
    (
        "Respijtzorg",
        "Iemand anders neemt de zorg een tijdje over, zodat de mantelzorger kan uitrusten of vrij is. "
        "Bijvoorbeeld een logeerhuis, dagbesteding of een vrijwilliger die thuis oppast.",
    ),
    (
        "Steunpunt mantelzorg",
        "Een organisatie in de gemeente die mantelzorgers helpt, vaak als onderdeel van een "
        "welzijnsorganisatie. Het geeft informatie, advies, groepen, cursussen en waardering. "
        "Een belangrijke partner en een goede plek om mantelzorgers te vinden.",
    ),
    (
        "Mantelzorgconsulent / mantelzorgmakelaar",
        "Een professional die één mantelzorger helpt. De consulent luistert, geeft advies en verwijst "
        "door. De makelaar neemt regelwerk en papierwerk over.",
    ),
    (
        "Wmo-raad / Adviesraad sociaal domein",
        "Een onafhankelijke groep inwoners die het college advies geeft over het sociaal domein, ook "
        "over informele zorg. Dat kan op verzoek of uit zichzelf. Leden spreken op eigen titel. Veel "
        "Wmo-raden zijn nu breder en gaan ook over jeugd en werk.",
    ),
    (
        "Sociaal (wijk)team / Wmo-loket",
        "De plek waar inwoners bij de gemeente terechtkunnen voor steun. Het team voert het "
        "keukentafelgesprek: een gesprek bij mensen thuis. Daarin hoort ook aandacht voor de "
        "mantelzorger.",
    ),
    (
        "Algemene voorziening / maatwerkvoorziening",
        "Een algemene voorziening is vrij te gebruiken, zonder onderzoek vooraf. Een "
        "maatwerkvoorziening krijgt iemand pas na een onderzoek en een besluit van de gemeente. "
        "Beide kunnen mantelzorgers helpen.",
    ),
    (
        "Wlz",
        "De Wet langdurige zorg. Deze wet is voor mensen die altijd zorg of toezicht nodig hebben, "
        "dag en nacht. De gemeente is maar voor een deel verantwoordelijk voor hun mantelzorgers.",
    ),
    (
        "Zelfredzaamheid / samenredzaamheid",
        "Zelfredzaam betekent: het zelf redden. Samenredzaam betekent: het samen redden, met familie, "
        "vrienden en buurt. Beleid gebruikt steeds vaker het tweede woord.",
    ),
    (
        "Sociale basis",
        "Alles in de buurt waar mensen elkaar helpen voordat zware zorg nodig is: familie, buren, "
        "verenigingen en voorzieningen waar iedereen naartoe kan.",
    ),
    (
        "Interactieve beleidsvorming",
        "Een manier van beleid maken waarbij de gemeente inwoners en partners vroeg en open betrekt. "
        "Hun kennis en wensen krijgen zo een plek in het beleid.",
    ),
    (
        "Beleidsparticipatie / cliëntparticipatie",
        "Inwoners of gebruikers denken mee over het maken, uitvoeren en beoordelen van beleid. "
        "Het gaat dus niet over hun eigen zorgplan.",
    ),
    (
        "Participatieladder",
        "Een model met treden die laten zien hoeveel invloed inwoners hebben: informeren, raadplegen, "
        "adviseren, coproduceren, meebeslissen en soms zelfbeheer. Hoe hoger de trede, hoe meer invloed.",
    ),
    (
        "Trede",
        "Eén stap op de participatieladder.",
    ),
    (
        "Comfortzone",
        "De treden waarop de gemeente (ambtenaren, wethouder en raad) zonder moeite kan en wil werken. "
        "Voor hogere treden moeten eerst extra dingen geregeld zijn.",
    ),
    (
        "Beleidsfase",
        "Een deel van het maken van beleid waarin mantelzorgers kunnen meedoen: inventarisatie, "
        "visievorming, beleidsvoorbereiding, opstellen beleidsplan, vaststelling verordening, "
        "uitvoering en evaluatie.",
    ),
    (
        "Instrument / werkvorm",
        "Een concrete manier om mensen te betrekken, bijvoorbeeld een enquête, een focusgroep "
        "of een klankbordgroep.",
    ),
    (
        "Vindplaats",
        "Een plek, organisatie of persoon via wie de gemeente mantelzorgers kan vinden en bereiken, ook de "
        "mantelzorgers die nog niet bekend zijn. Bijvoorbeeld de huisarts, een school of een werkgever.",
    ),
    (
        "Draagvlak",
        "Steun voor de aanpak van de mensen die erover beslissen, die het uitvoeren "
        "of die er gevolgen van merken.",
    ),
    (
        "Ervaringsdeskundige (mantelzorger)",
        "Iemand die mantelzorger is of was en heeft geleerd om bewust met die ervaring om te gaan. "
        "Hij of zij gebruikt die ervaring om anderen te helpen, bijvoorbeeld in overleg over beleid "
        "of in trainingen.",
    ),
    (
        "Overbelasting / zwaarbelast",
        "De zorg vraagt meer dan de mantelzorger aankan. Dat heeft gevolgen voor de gezondheid, "
        "het werk en de relaties.",
    ),
    (
        "Langdurige en intensieve helpers",
        "Mantelzorgers die langer dan drie maanden én meer dan acht uur per week helpen. "
        "Zij lopen meer risico om overbelast te raken.",
    ),
    (
        "Jonge mantelzorger",
        "Een kind of jongere (tot ongeveer 24 jaar) die opgroeit met een ouder, broer, zus of ander "
        "familielid met een langdurige ziekte, beperking, verslaving of psychische problemen.",
    ),
    (
        "Vinden, versterken, verlichten, verbinden (4 V's)",
        "Vier aandachtsgebieden voor mantelzorgbeleid: mantelzorgers vinden; hen sterker maken; "
        "de zorg lichter maken; en mantelzorgers en professionals met elkaar verbinden.",
    ),
    (
        "SOFA-model",
        "Een model met vier rollen van een mantelzorger tegenover professionals: Samenwerken "
        "(partner in de zorg), Ondersteunen (hulpvrager), Faciliteren (naaste) en Afstemmen "
        "(expert op de persoon die zorg krijgt).",
    ),
    (
        "Regierol gemeente",
        "De gemeente weet wat er nodig is en wat er is, let op de kwaliteit en stuurt bij. "
        "Dat kan breed of smal, als dirigent of als regisseur op afstand.",
    ),
    (
        "Breed beleid / smal beleid",
        "Breed: de gemeente stimuleert alle soorten steun en het hele veld. Smal: de gemeente richt "
        "zich op een paar soorten steun of op groepen met veel risico of bijzondere behoeften.",
    ),
    (
        "Dirigent / regisseur op afstand",
        "Een dirigent voelt zich sterk verantwoordelijk en stuurt zelf actief. Een regisseur op afstand "
        "houdt zich meer terug en zorgt vooral dat anderen hun werk goed kunnen doen.",
    ),
    (
        "Typetest Wmo en mantelzorg",
        "Een korte test voor gemeenten. De uitkomst laat zien of het beleid breed of smal is, en of de "
        "gemeente stuurt als dirigent of als regisseur op afstand. Zo komt zij uit op een van vier "
        "beleidstypen.",
    ),
    (
        "Acht vraaggebieden (ex-basisfuncties)",
        "De onderwerpen waarover mantelzorgers vragen hebben: informatie, advies, persoonlijke "
        "begeleiding, educatie, emotionele steun, praktische hulp, respijtzorg en financiële en "
        "materiële hulp. Vroeger heetten ze basisfuncties.",
    ),
    (
        "Persona",
        "Een verzonnen persoon die toch op feiten is gebaseerd. Een persona staat voor een groep "
        "mantelzorgers, met een naam, een situatie en behoeften. Zo worden keuzes in het beleid concreet.",
    ),
    (
        "Dag van de Mantelzorg / Week van de Jonge Mantelzorger",
        "Landelijke momenten van aandacht voor mantelzorgers: de dag op 10 november, en een week in het "
        "voorjaar voor jonge mantelzorgers. Handig voor communicatie, werving en lobby.",
    ),
    (
        "MantelzorgNL, Movisie, Vilans",
        "Landelijke organisaties. MantelzorgNL is er voor mantelzorgers en hun ondersteuners. Movisie "
        "heeft kennis over sociale vraagstukken, Vilans over langdurige zorg. Movisie en Vilans werkten "
        "samen in het vroegere Expertisecentrum Mantelzorg.",
    ),
)
