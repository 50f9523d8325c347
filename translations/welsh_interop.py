# Welsh for issue 9: ANSI/NIST-ITL import and export (Type-1/2/9/13/14/15 records, the writer's validation,
# Type-9 minutiae in EFS, M1 and standard blocks), WSQ and image decoding on import, ISO/IEC 19794-2 finger
# minutiae records (context "ridgeline::interop"), the template service and the names of palm positions.
# Merged into the tables of welsh.py (see there).
#
# Terms (new): transaction "trafodiad" (as ridgeline::storage::SqliteTransaction); record type "Type-%1" kept as
# in the standard; field "maes", subfield "isfaes", item/entry "eitem", directory (1.003) "cyfeiriadur";
# header "pennyn" (as the key header), frame header "pennyn y ffrâm", marker "marciwr"; block "bloc";
# finger view "golwg bys" (feminine: "yr olwg", plural "golygon", as "Cysylltu'r golygon"); impression type
# "math o argraff"; quality "ansawdd"; angle "ongl"; extended data (area) "(ardal) data estynedig";
# extended feature set "set nodweddion estynedig"; reserved "wedi'i neilltuo" / "neilltuedig"; mandatory
# "gorfodol"; separator character "nod gwahanu"; whole number "rhif cyfan" (as ridgeline::Markup);
# bit(s) "did" ("8 did", as "Ffenestr arddangos 16 did"), byte(s) "beit"; uncompressed "heb ei gywasgu";
# compression "cywasgiad"; decoder "datgodiwr"; lossless "di-golled"; grey "llwyd"; offset "gwrthbwyso";
# coordinate "cyfesuryn"; vertex "fertig"; pixel scale "graddfa bicseli"; scale units "unedau graddfa";
# originating agency "asiantaeth darddiol"; unnamed subject "Unigolyn dienw"; friction ridge "cribau
# ffrithiant"; template "templed"; discard "gwaredu" (as "Gwaredwyd drafft marcio %1").
# Reused: minutia/minutiae "manylyn"/"manylion", ridge ending "terfyn crib", bifurcation "fforch", core
# "craidd" (pl. "creiddiau"), delta "delta" (pl. "deltâu"), region of interest "ardal o ddiddordeb",
# markup "marcio", commit "cadarnhau", revision "fersiwn", snapshot "ciplun", blind verification "dilysu
# dall", withheld "wedi'i atal", calibrate "graddnodi", resolution "cydraniad", exemplar "enghraifft",
# exemplar impression "argraff enghreifftiol", finger position "safle bys", palm "cledr llaw".
# Palm positions: "<part>, llaw dde/chwith" (full palm "cledr cyfan", writer's palm "cledr ysgrifennwr",
# upper/lower "uchaf/isaf", thenar/hypothenar/interdigital "ardal thenar/hypothenar/ryngddigidol",
# grasp "gafael").
#
# Fragments: the item names of ridgeline::An2kType9 ("direction", "width", "x coordinate", ...) fill %1 of
# "%1 \"%2\" is not a whole number" and "the %1 is negative"; Welsh puts them first, before a colon
# ("lled: mae'r gwerth yn negatif"), so no article or mutation lands on them. In ridgeline::interop
# "finger view %1" and "minutia %1 of %2" ("manylyn %1 (%2)") stand in genitive position ("ongl neu
# ansawdd %1"), never after a mutating preposition; "a core"/"a delta" fill "%1 at (%2, %3) ...";
# "core"/"delta" follow "pwynt" ("pwyntiau %1", "y pwynt %1"); the fields named by "the data ends inside
# the %1" carry their own article ("hyd y cofnod"). In the dump, "core " keeps its trailing space.
# "the analysis snapshot" / "markup revision %1" / "comparison revision %1" fill %1 of "The %1 of mark %2",
# turned round to "Ôl %2, %1" so that the sentence starts with a capital.

CY = {
    "ridgeline::An2kExport": {
        "%1 is not an 8-bit grey image (%2 bits a pixel): the ANSI/NIST-ITL export carries the original's pixels "
        "unchanged as 8-bit grey, and Ridgeline does not convert evidence": "Nid yw %1 yn ddelwedd lwyd 8 did (%2 "
        "did y picsel): mae'r allforio ANSI/NIST-ITL yn cario picseli'r gwreiddiol heb eu newid fel llwyd 8 did, ac "
        "nid yw Ridgeline yn trosi tystiolaeth",
        "The transaction written for %1 does not read back: %2": "Nid oes modd darllen yn ôl y trafodiad a "
        "ysgrifennwyd ar gyfer %1: %2",
        "The transaction for %1 is not valid ANSI/NIST-ITL": "Nid yw'r trafodiad ar gyfer %1 yn ANSI/NIST-ITL dilys",
        "The transaction for %1 reads back differently: %2": "Mae'r trafodiad ar gyfer %1 yn darllen yn ôl yn "
        "wahanol: %2",
        "The features of %1 read back from the transaction differ from the markup exported (%2 features against %3)":
        "Mae nodweddion %1 a ddarllenwyd yn ôl o'r trafodiad yn wahanol i'r marcio a allforiwyd (%2 nodwedd yn "
        "erbyn %3)",
        "The %1 of mark %2": "Ôl %2, %1",
        "the analysis snapshot": "ciplun y dadansoddiad",
        "Comparison revision %1 of mark %2": "Ôl %2, fersiwn %1 o'r gymhariaeth",
        "comparison revision %1": "fersiwn %1 o'r gymhariaeth",
        "Mark %1 has no committed markup: commit the markup (or the analysis), then export it.": "Nid oes gan ôl %1 "
        "farcio wedi'i gadarnhau: cadarnhewch y marcio (neu'r dadansoddiad), yna allforiwch ef.",
        "Mark %1 (%2) is not a finger or palm mark: ANSI/NIST-ITL Type-9 and Type-13 records carry friction ridge "
        "marks only": "Nid yw ôl %1 (%2) yn ôl bys nac yn ôl cledr llaw: dim ond olion cribau ffrithiant y mae "
        "cofnodion Type-9 a Type-13 ANSI/NIST-ITL yn eu cario",
        "Mark %1 is not calibrated: a Type-13 record needs the image's resolution. Calibrate the mark first, then "
        "export it.": "Nid yw ôl %1 wedi'i raddnodi: mae cofnod Type-13 angen cydraniad y ddelwedd. Graddnodwch yr "
        "ôl yn gyntaf, yna allforiwch ef.",
        "The analysis of mark %1 is withheld from you (blind verification): its features cannot be exported by you "
        "yet.": "Mae dadansoddiad ôl %1 wedi'i atal rhagoch (dilysu dall): ni allwch allforio ei nodweddion eto.",
        "The %1 of mark %2 is of a %3 x %4 image, the original is %5 x %6": "Ôl %2: mae %1 yn perthyn i ddelwedd "
        "%3 x %4, mae'r gwreiddiol yn %5 x %6",
        "The Type-9 record written for %1": "Y cofnod Type-9 a ysgrifennwyd ar gyfer %1",
        "Case %1 has no person %2": "Nid oes person %2 yn achos %1",
        "%1 has no exemplar impressions in case %2": "Nid oes gan %1 argraffiadau enghreifftiol yn achos %2",
        "%1 has %2 exemplar impressions, more than the 99 image records a transaction can number": "Mae gan %1 %2 "
        "argraff enghreifftiol, mwy na'r 99 cofnod delwedd y gall trafodiad eu rhifo",
        "Exemplar %1 has no resolution": "Nid oes gan enghraifft %1 gydraniad",
    },
    "ridgeline::MainWindow": {
        "Transmissions (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Transmission packages (*.zip manifest.json);;"
        "ANSI/NIST-ITL transactions (*.an2 *.an2k *.eft *.nist);;All files (*)":
        "Trosglwyddiadau (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Pecynnau trosglwyddo (*.zip manifest.json);;"
        "Trafodiadau ANSI/NIST-ITL (*.an2 *.an2k *.eft *.nist);;Pob ffeil (*)",
    },
    "ridgeline::ImportService": {
        "Case %1 already has an exhibit %2 (%3); the transaction was not imported. Import it into another case, or "
        "give the latent another exhibit reference in field 2.011.":
        "Mae arddangosyn %2 (%3) gan achos %1 eisoes; ni fewnforiwyd y trafodiad. Mewnforiwch ef i achos arall, neu "
        "rhowch gyfeirnod arddangosyn arall i'r ôl ym maes 2.011.",
    },
    "ridgeline::An2kImport": {
        "record %1 (Type-%2, IDC %3)": "cofnod %1 (Type-%2, IDC %3)",
        "ANSI/NIST-ITL file %1: %2": "Ffeil ANSI/NIST-ITL %1: %2",
        # %5 is one of the three fragments below: "safle bys", "safle cledr llaw", "safle bys neu gledr llaw".
        "%1, field %2.%3: %4 is not a %5 position of ANSI/NIST-ITL 1-2011": "%1, maes %2.%3: nid yw %4 yn safle %5 "
        "yn ANSI/NIST-ITL 1-2011",
        "palm": "cledr llaw",
        "finger or palm": "bys neu gledr llaw",
        "finger": "bys",
        "no case reference in field 2.009 (OCA) or 1.009 (TCN); import it into a case with ridgeline-cli import "
        "FILE --case REF": "dim cyfeirnod achos ym maes 2.009 (OCA) nac 1.009 (TCN); mewnforiwch y ffeil i achos "
        "gyda ridgeline-cli import FILE --case REF",
        "ANSI/NIST-ITL file %1, %2, transaction SHA-256 %3": "Ffeil ANSI/NIST-ITL %1, %2, SHA-256 y trafodiad %3",
        "%1. Image: %2; record data SHA-256 %3": "%1. Delwedd: %2; SHA-256 data'r cofnod %3",
        "%1, field 9.002: no image record of the transaction has IDC %2, so the minutiae describe nothing here":
        "%1, maes 9.002: nid oes gan unrhyw gofnod delwedd yn y trafodiad IDC %2, felly nid yw'r manylion yn "
        "disgrifio dim yma",
        "%1, %2, %3": "%1, %2, %3",
        "ANSI/NIST-ITL transaction %1 (TCN %2, originating agency %3)": "Trafodiad ANSI/NIST-ITL %1 (TCN %2, "
        "asiantaeth darddiol %3)",
        "ANSI/NIST-ITL transaction %1, TCN %2, originating agency %3": "Trafodiad ANSI/NIST-ITL %1, TCN %2, "
        "asiantaeth darddiol %3",
        "Unnamed subject": "Unigolyn dienw",
        "larger than the %1 MB limit": "mae'n fwy na'r terfyn o %1 MB",
        "uncompressed %1-bit data of %2 x %3 pixels needs %4 bytes, the record holds %5": "mae data %1 did heb ei "
        "gywasgu o %2 x %3 picsel angen %4 beit, mae'r cofnod yn dal %5",
        "uncompressed 8-bit pixels stored as lossless PNG": "picseli 8 did heb eu cywasgu, wedi'u storio fel PNG "
        "di-golled",
        "uncompressed 1-bit pixels stored as lossless 8-bit PNG": "picseli 1 did heb eu cywasgu, wedi'u storio fel "
        "PNG 8 did di-golled",
        "the %1 image is %2 x %3 pixels but the record declares %4 x %5": "mae'r ddelwedd %1 yn %2 x %3 picsel ond "
        "mae'r cofnod yn datgan %4 x %5",
        "the WSQ image does not decode: %1": "nid oes modd datgodio'r ddelwedd WSQ: %1",
        "WSQ decoded by Ridgeline's WSQ decoder, stored as lossless PNG": "WSQ wedi'i ddatgodio gan ddatgodiwr WSQ "
        "Ridgeline, wedi'i storio fel PNG di-golled",
        "the image is lossless JPEG (JPEGL), which the JPEG library Ridgeline is built with does not decode (%1)":
        "mae'r ddelwedd yn JPEG di-golled (JPEGL), nad yw'r llyfrgell JPEG y mae Ridgeline wedi'i adeiladu â hi yn "
        "ei ddatgodio (%1)",
        "the %1 image cannot be decoded (%2)": "nid oes modd datgodio'r ddelwedd %1 (%2)",
        "stored as the record holds it (%1)": "wedi'i storio fel y mae yn y cofnod (%1)",
        "the JPEG 2000 image cannot be decoded here (%1)": "nid oes modd datgodio'r ddelwedd JPEG 2000 yma (%1)",
        "%1 decoded by OpenCV (OpenJPEG), stored as lossless PNG": "%1 wedi'i ddatgodio gan OpenCV (OpenJPEG), "
        "wedi'i storio fel PNG di-golled",
        "the declared size %1 x %2 is not an image size": "nid yw'r maint a ddatganwyd, %1 x %2, yn faint delwedd",
        "%1 x %2 pixels is over the limit of %3": "mae %1 x %2 picsel dros y terfyn o %3",
        "compression %1 is not one Ridgeline decodes (NONE, WSQ, JPEG, JPEG 2000, PNG)": "nid yw cywasgiad %1 yn un "
        "y mae Ridgeline yn ei ddatgodio (NONE, WSQ, JPEG, JPEG 2000, PNG)",
    },
    "ridgeline::An2kType9": {
        "Type-9 record (IDC %1), field 9.%2: %3": "Cofnod Type-9 (IDC %1), maes 9.%2: %3",
        # %1 is an item name below.
        "%1 \"%2\" is not a whole number": "%1 \"%2\": nid yw'n rhif cyfan",
        "the point (%1, %2) pixels is outside the %3 x %4 image": "mae'r pwynt (%1, %2) picsel y tu allan i'r "
        "ddelwedd %3 x %4",
        "direction": "cyfeiriad",
        "record of Type-%1 is not a Type-9 minutiae record": "nid yw cofnod o Type-%1 yn gofnod manylion Type-9",
        "Type-9 record (IDC %1): the image it describes has no size or resolution (%2 x %3 pixels, %4 ppi)":
        "Cofnod Type-9 (IDC %1): nid oes maint na chydraniad gan y ddelwedd y mae'n ei disgrifio (%2 x %3 picsel, "
        "%4 ppi)",
        "the image designation character is missing": "mae nod dynodi'r ddelwedd ar goll",
        "IDC": "IDC",
        "Type-9 record (IDC %1) has no minutiae block Ridgeline reads (extended feature set 9.300-9.399, INCITS 378 "
        "9.126-9.150 or standard 9.005-9.012)": "Nid oes gan gofnod Type-9 (IDC %1) floc manylion y mae Ridgeline "
        "yn ei ddarllen (set nodweddion estynedig 9.300-9.399, INCITS 378 9.126-9.150 neu safonol 9.005-9.012)",
        "says none are present, but the record has some": "mae'n dweud nad oes rhai yn bresennol, ond mae rhai yn y "
        "cofnod",
        "the region of interest is missing (it is mandatory in an extended feature set)": "mae'r ardal o ddiddordeb "
        "ar goll (mae'n orfodol mewn set nodweddion estynedig)",
        "width": "lled",
        "height": "uchder",
        "horizontal offset": "gwrthbwyso llorweddol",
        "vertical offset": "gwrthbwyso fertigol",
        "the %1 is negative": "%1: mae'r gwerth yn negatif",
        "the polygon vertex \"%1\" is not \"x,y\"": "nid yw fertig y polygon \"%1\" yn \"x,y\"",
        "the polygon has %1 vertices, at least 3 are needed": "mae gan y polygon %1 fertig, mae angen o leiaf 3",
        "x coordinate": "cyfesuryn x",
        "y coordinate": "cyfesuryn y",
        "minutia type \"%1\" is none of E, B or X": "nid yw'r math o fanylyn \"%1\" yn un o E, B nac X",
        "horizontal pixel scale": "graddfa bicseli lorweddol",
        "minutia type \"%1\" is none of 0, 1 or 2": "nid yw'r math o fanylyn \"%1\" yn un o 0, 1 na 2",
        "position \"%1\" is not XXXXYYYY": "nid yw'r safle \"%1\" yn XXXXYYYY",
        "position and direction \"%1\" is not XXXXYYYYTTT": "nid yw'r safle a'r cyfeiriad \"%1\" yn XXXXYYYYTTT",
        "minutia type \"%1\" is none of A, B, C or D": "nid yw'r math o fanylyn \"%1\" yn un o A, B, C na D",
    },
    "ridgeline::An2kWriter": {
        "%1 records against %2": "%1 cofnod yn erbyn %2",
        "record %1 is of Type-%2 against Type-%3": "mae cofnod %1 o Type-%2 yn erbyn Type-%3",
        "record %1 (Type-%2) has %3 fields against %4": "mae gan gofnod %1 (Type-%2) %3 maes yn erbyn %4",
        "record %1 (Type-%2), field %2.%3 differs": "cofnod %1 (Type-%2), maes %2.%3: mae'n wahanol",
        "record %1 (Type-%2), field %2.%3": "cofnod %1 (Type-%2), maes %2.%3",
        "record %1 (Type-%2)": "cofnod %1 (Type-%2)",
        "the transaction must begin with its Type-1 record": "rhaid i'r trafodiad ddechrau gyda'i gofnod Type-1",
        "version \"%1\" is not 0400, 0500, 0501 or 0502": "nid yw'r fersiwn \"%1\" yn 0400, 0500, 0501 nac 0502",
        "the first subfield must be \"1\" and the number of other records (%1), not \"%2\"": "rhaid i'r isfaes "
        "cyntaf fod yn \"1\" a nifer y cofnodion eraill (%1), nid \"%2\"",
        "the directory lists %1 records, the transaction has %2 after Type-1": "mae'r cyfeiriadur yn rhestru %1 "
        "cofnod, mae gan y trafodiad %2 ar ôl Type-1",
        "entry %1 lists Type-%2 IDC %3, but record %4 is Type-%5 IDC %6": "mae eitem %1 yn rhestru Type-%2 IDC %3, "
        "ond mae cofnod %4 yn Type-%5 IDC %6",
        "the date \"%1\" is not YYYYMMDD": "nid yw'r dyddiad \"%1\" yn YYYYMMDD",
        "\"%1\" is not pixels per millimetre with two decimals (\"19.69\")": "nid yw \"%1\" yn bicseli y milimetr "
        "gyda dau ddegolyn (\"19.69\")",
        "a transaction has one Type-1 record, first": "un cofnod Type-1 sydd gan drafodiad, ar y dechrau",
        "binary records (Types 3 to 8) are not written by Ridgeline": "nid yw Ridgeline yn ysgrifennu cofnodion "
        "deuaidd (Type-3 i Type-8)",
        "a mandatory field is empty": "mae maes gorfodol yn wag",
        "a mandatory field is missing": "mae maes gorfodol ar goll",
        "the record length says %1 bytes, the record has %2": "mae hyd y cofnod yn dweud %1 beit, mae gan y cofnod %2",
        "binary data must be the record's last field": "rhaid i ddata deuaidd fod ym maes olaf y cofnod",
        "a value holds a separator character": "mae gwerth yn cynnwys nod gwahanu",
        "the Type-1 record is 7-bit ASCII only": "ASCII 7 did yn unig yw'r cofnod Type-1",
        "text outside ASCII needs field 1.015 to name UTF-8 (3 UTF-8)": "mae testun y tu allan i ASCII angen i faes "
        "1.015 enwi UTF-8 (3 UTF-8)",
        "the image size must be a positive number of pixels": "rhaid i faint y ddelwedd fod yn nifer positif o "
        "bicseli",
        "scale units must be 0 (aspect ratio), 1 (pixels per inch) or 2 (per centimetre)": "rhaid i'r unedau "
        "graddfa fod yn 0 (cymhareb agwedd), 1 (picseli y fodfedd) neu 2 (y centimetr)",
        "the pixel scale must be a positive whole number": "rhaid i'r raddfa bicseli fod yn rhif cyfan positif",
        "a pixel scale over 100,000 pixels per inch is not an image's": "nid yw graddfa bicseli dros 100,000 picsel "
        "y fodfedd yn perthyn i ddelwedd",
        "%1 bits per pixel is not a depth the standard allows": "nid yw %1 did y picsel yn ddyfnder y mae'r safon yn "
        "ei ganiatáu",
        "an uncompressed %1 x %2 image of %3 bits a pixel is %4 bytes, the record holds %5": "mae delwedd %1 x %2 "
        "heb ei chywasgu o %3 did y picsel yn %4 beit, mae'r cofnod yn dal %5",
        "finger position %1 is not 0 to 15": "nid yw safle bys %1 rhwng 0 a 15",
        "the IDC \"%1\" is not a number from 0 to 99": "nid yw'r IDC \"%1\" yn rhif o 0 i 99",
        "IDC %1 is already used by another Type-%2 record": "mae cofnod Type-%2 arall eisoes yn defnyddio IDC %1",
        "IDC %1 names no image record of the transaction": "nid yw IDC %1 yn enwi unrhyw gofnod delwedd yn y "
        "trafodiad",
    },
    "ridgeline::Domain": {
        "Unknown palm": "Cledr llaw anhysbys",
        "Right full palm": "Cledr cyfan, llaw dde",
        "Right writer's palm": "Cledr ysgrifennwr, llaw dde",
        "Left full palm": "Cledr cyfan, llaw chwith",
        "Left writer's palm": "Cledr ysgrifennwr, llaw chwith",
        "Right lower palm": "Cledr isaf, llaw dde",
        "Right upper palm": "Cledr uchaf, llaw dde",
        "Left lower palm": "Cledr isaf, llaw chwith",
        "Left upper palm": "Cledr uchaf, llaw chwith",
        "Right other palm": "Cledr arall, llaw dde",
        "Left other palm": "Cledr arall, llaw chwith",
        "Right interdigital": "Ardal ryngddigidol, llaw dde",
        "Right thenar": "Ardal thenar, llaw dde",
        "Right hypothenar": "Ardal hypothenar, llaw dde",
        "Left interdigital": "Ardal ryngddigidol, llaw chwith",
        "Left thenar": "Ardal thenar, llaw chwith",
        "Left hypothenar": "Ardal hypothenar, llaw chwith",
        "Right grasp": "Gafael, llaw dde",
        "Left grasp": "Gafael, llaw chwith",
    },
    "ridgeline::TemplateService": {
        "Mark %1 has no committed markup to export; commit the markup first": "Nid oes gan ôl %1 farcio wedi'i "
        "gadarnhau i'w allforio; cadarnhewch y marcio yn gyntaf",
        "The markup revision %1 of mark %2": "Ôl %2, fersiwn %1 o'r marcio",
        "The template holds %1 finger views; a mark takes the points of one view, so import a template of one view":
        "Mae'r templed yn dal %1 o olygon bys; mae ôl yn cymryd pwyntiau un olwg, felly mewnforiwch dempled un olwg",
        "Mark %1 already has a markup draft of yours (saved %2); commit or discard it first, or replace it": "Mae "
        "gennych ddrafft marcio ar gyfer ôl %1 eisoes (cadwyd %2); cadarnhewch neu gwaredwch ef yn gyntaf, neu "
        "disodlwch ef",
        "The committed markup of mark %1 is not of its original's size": "Nid yw'r marcio a gadarnhawyd ar gyfer ôl "
        "%1 o'r un maint â'i wreiddiol",
    },
    "ridgeline::interop": {
        # WSQ and the image records of a transaction.
        "the WSQ data does not start with a start-of-image marker": "nid yw'r data WSQ yn dechrau gyda marciwr "
        "dechrau delwedd",
        "the WSQ data ends before its frame header": "mae'r data WSQ yn dod i ben cyn pennyn ei ffrâm",
        "marker %1 comes before the frame header": "mae marciwr %1 yn dod cyn pennyn y ffrâm",
        "a table before the frame header has a bad length": "mae gan dabl cyn pennyn y ffrâm hyd annilys",
        "record %1 (Type-%2)": "cofnod %1 (Type-%2)",
        "record %1 (Type-%2, IDC %3)": "cofnod %1 (Type-%2, IDC %3)",
        "%1 declares an image of %2 x %3 pixels (HLL x VLL)": "mae %1 yn datgan delwedd o %2 x %3 picsel (HLL x VLL)",
        "%1 declares %2 x %3 pixels of %4 bits, %5 bytes uncompressed, but carries %6 bytes of image data": "mae %1 "
        "yn datgan %2 x %3 picsel o %4 did, %5 beit heb eu cywasgu, ond mae'n cario %6 beit o ddata delwedd",
        "%1 declares %2 x %3 pixels (HLL x VLL) but its WSQ frame header states %4 x %5": "mae %1 yn datgan %2 x %3 "
        "picsel (HLL x VLL) ond mae pennyn ei ffrâm WSQ yn nodi %4 x %5",
        # ISO/IEC 19794-2: reading and writing.
        "ISO/IEC 19794-2 record, byte %1: %2": "Cofnod ISO/IEC 19794-2, beit %1: %2",
        "Cannot write an ISO/IEC 19794-2 record: %1": "Nid oes modd ysgrifennu cofnod ISO/IEC 19794-2: %1",
        # %1: "hyd y data estynedig", "pennyn golwg bys %1", "hyd y cofnod", "pennyn y cofnod".
        "the data ends inside the %1": "mae'r data'n dod i ben yng nghanol %1",
        "%1 at (%2, %3) is outside the %4 x %5 image": "mae %1 yn (%2, %3) y tu allan i'r ddelwedd %4 x %5",
        "finger view %1": "golwg bys %1",
        "%1 has %2 minutiae; a view holds 255 at most": "nifer manylion %1 yw %2; gall golwg ddal 255 ar y mwyaf",
        "%1 has more than 15 cores or deltas": "mae nifer creiddiau neu ddeltâu %1 yn fwy na 15",
        "%1 has a finger position, view number, impression type or quality out of range": "mae safle bys, rhif "
        "golwg, math o argraff neu ansawdd %1 y tu allan i'r amrediad",
        "minutia %1 of %2": "manylyn %1 (%2)",
        "%1 has an angle or a quality out of range": "mae ongl neu ansawdd %1 y tu allan i'r amrediad",
        "a core": "craidd",
        "a delta": "delta",
        "the image is %1 x %2 pixels; the record holds 1 to 16383 each way": "mae'r ddelwedd yn %1 x %2 picsel; mae'r "
        "cofnod yn dal 1 i 16383 bob ffordd",
        "%1 finger views; a record holds 255 at most": "%1 o olygon bys; gall cofnod ddal 255 ar y mwyaf",
        "the resolution does not fit 16 bits": "nid yw'r cydraniad yn ffitio mewn 16 did",
        "the extended data of finger view %1 is larger than 65535 bytes": "mae data estynedig golwg bys %1 yn fwy na "
        "65535 beit",
        "core": "craidd",
        "delta": "delta",
        "the core-and-delta block ends before its %1 count": "mae'r bloc creiddiau a deltâu yn dod i ben cyn nifer y "
        "pwyntiau %1",
        "%1 information type %2 is reserved": "mae math gwybodaeth %2 y pwyntiau %1 wedi'i neilltuo",
        "%1 %2 points do not fit the %3 bytes left of the block": "nid yw %1 pwynt %2 yn ffitio yn y %3 beit sydd ar "
        "ôl o'r bloc",
        "the %1 at (%2, %3) is outside the %4 x %5 image": "mae'r pwynt %1 yn (%2, %3) y tu allan i'r ddelwedd "
        "%4 x %5",
        "%1 bytes follow the deltas in the core-and-delta block": "mae %1 beit yn dilyn y deltâu yn y bloc creiddiau "
        "a deltâu",
        "extended data length": "hyd y data estynedig",
        "the extended data length %1 is more than the %2 bytes left": "mae hyd y data estynedig, %1, yn fwy na'r %2 "
        "beit sydd ar ôl",
        "an extended data area header does not fit the extended data": "nid yw pennyn ardal data estynedig yn ffitio "
        "yn y data estynedig",
        "the extended data area length %1 does not fit the %2 bytes of extended data left": "nid yw hyd yr ardal data "
        "estynedig, %1, yn ffitio yn y %2 beit o ddata estynedig sydd ar ôl",
        "extended data area type 0 is reserved": "mae ardal data estynedig math 0 wedi'i neilltuo",
        "a second core-and-delta block": "ail floc creiddiau a deltâu",
        "header of finger view %1": "pennyn golwg bys %1",
        "finger position %1 is not 0 to 10": "nid yw safle bys %1 rhwng 0 a 10",
        "impression type %1 is not 0 to 3 or 8": "nid yw math o argraff %1 rhwng 0 a 3 nac yn 8",
        "finger quality %1 is more than 100": "mae ansawdd bys %1 yn fwy na 100",
        "%1 minutiae need %2 bytes; %3 are left": "mae %1 o fanylion angen %2 beit; mae %3 ar ôl",
        "minutia %1 has the reserved type code 3": "mae gan fanylyn %1 y cod math neilltuedig 3",
        "minutia %1 at (%2, %3) is outside the %4 x %5 image": "mae manylyn %1 yn (%2, %3) y tu allan i'r ddelwedd "
        "%4 x %5",
        "minutia %1 has quality %2, more than 100": "mae gan fanylyn %1 ansawdd %2, mwy na 100",
        "not a finger minutiae record (it does not start with \"FMR\" and a zero byte)": "nid yw'n gofnod manylion "
        "bys (nid yw'n dechrau gyda \"FMR\" a beit sero)",
        "version \"%1\" is not \" 20\" (ISO/IEC 19794-2:2005)": "nid yw'r fersiwn \"%1\" yn \" 20\" "
        "(ISO/IEC 19794-2:2005)",
        "record length": "hyd y cofnod",
        "the record length is %1 bytes but the data is %2 bytes; this looks like an INCITS 378 record, whose length "
        "field is 2 or 6 bytes": "mae hyd y cofnod yn %1 beit ond mae'r data yn %2 beit; mae hwn yn edrych fel "
        "cofnod INCITS 378, y mae ei faes hyd yn 2 neu 6 beit",
        "the record length is %1 bytes but the data is %2 bytes": "mae hyd y cofnod yn %1 beit ond mae'r data yn %2 "
        "beit",
        "record header": "pennyn y cofnod",
        "the image size %1 x %2 is not 1 to 16383 pixels each way": "nid yw maint y ddelwedd, %1 x %2, rhwng 1 a "
        "16383 picsel bob ffordd",
        "the record has no finger view": "nid oes gan y cofnod olwg bys",
        "%1 finger views do not fit the %2 bytes left": "nid yw %1 o olygon bys yn ffitio yn y %2 beit sydd ar ôl",
        "%1 bytes follow the last finger view": "mae %1 beit yn dilyn yr olwg bys olaf",
        "The record has %1 finger view(s); there is no view %2": "Nifer golygon bys y cofnod yw %1; nid oes golwg %2",
        "The record describes a %1 x %2 pixel image, but the image is %3 x %4 pixels": "Mae'r cofnod yn disgrifio "
        "delwedd %1 x %2 picsel, ond mae'r ddelwedd yn %3 x %4 picsel",
        # The text dump of a record; "terfyn crib" fits the 11 columns the minutia type is padded to.
        "ending": "terfyn crib",
        "bifurcation": "fforch",
        "other": "arall",
        "ISO/IEC 19794-2:2005 finger minutiae record\n": "Cofnod manylion bys ISO/IEC 19794-2:2005\n",
        "Image: %1 x %2 pixels, resolution %3 x %4 pixels/cm\n": "Delwedd: %1 x %2 picsel, cydraniad %3 x %4 "
        "picsel/cm\n",
        "Capture equipment: certification %1, device type %2\n": "Offer cipio: ardystiad %1, math o ddyfais %2\n",
        "Finger views: %1\n": "Golygon bys: %1\n",
        "View %1: finger position %2, view number %3, impression type %4, quality %5, %6 minutiae\n": "Golwg %1: "
        "safle bys %2, rhif golwg %3, math o argraff %4, ansawdd %5, %6 o fanylion\n",
        "  %1  %2  x %3  y %4  angle %5 (%6 degrees)  quality %7\n": "  %1  %2  x %3  y %4  ongl %5 (%6 gradd)  "
        "ansawdd %7\n",
        "%1 (%2 degrees)": "%1 (%2 gradd)",
        "  %1 x %2  y %3  angles: %4\n": "  %1 x %2  y %3  onglau: %4\n",
        "core ": "craidd ",
        "  extended data area type 0x%1, %2 bytes\n": "  ardal data estynedig math 0x%1, %2 beit\n",
    },
}
