<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ridgeline::AboutDialog</name>
    <message>
        <source>About Ridgeline</source>
        <translation>Ynghylch Ridgeline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ridgeline %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ridgeline %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workstation for forensic mark examination and case work: receive scene marks, analyse, compare and verify them under ACE-V, and keep every record in an encrypted workspace with a tamper-evident audit trail.</source>
        <translation>Gweithfan ar gyfer archwilio olion fforensig a gwaith achos: derbyn olion o&apos;r lleoliad, eu dadansoddi, eu cymharu a&apos;u dilysu dan ACE-V, a chadw pob cofnod mewn gweithle wedi&apos;i amgryptio gyda llwybr archwilio sy&apos;n dangos unrhyw ymyrraeth.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Defnyddir ar gyfer</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Window, translations, threads</source>
        <translation>Ffenestr, cyfieithiadau, edafedd</translation>
    </message>
    <message>
        <source>Image decoding and enhancement</source>
        <translation>Datgodio a gwella delweddau</translation>
    </message>
    <message>
        <source>Encrypted workspace database</source>
        <translation>Cronfa ddata&apos;r gweithle wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Key derivation, key wrapping, signatures</source>
        <translation>Deillio allweddi, lapio allweddi, llofnodion</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Dogfennau PDF</translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation>Wedi&apos;i adeiladu ar y llyfrgelloedd hyn:</translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kExport</name>
    <message>
        <source>%1 is not an 8-bit grey image (%2 bits a pixel): the ANSI/NIST-ITL export carries the original&apos;s pixels unchanged as 8-bit grey, and Ridgeline does not convert evidence</source>
        <translation>Nid yw %1 yn ddelwedd lwyd 8 did (%2 did y picsel): mae&apos;r allforio ANSI/NIST-ITL yn cario picseli&apos;r gwreiddiol heb eu newid fel llwyd 8 did, ac nid yw Ridgeline yn trosi tystiolaeth</translation>
    </message>
    <message>
        <source>The transaction written for %1 does not read back: %2</source>
        <translation>Nid oes modd darllen yn ôl y trafodiad a ysgrifennwyd ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>The transaction for %1 is not valid ANSI/NIST-ITL</source>
        <translation>Nid yw&apos;r trafodiad ar gyfer %1 yn ANSI/NIST-ITL dilys</translation>
    </message>
    <message>
        <source>The transaction for %1 reads back differently: %2</source>
        <translation>Mae&apos;r trafodiad ar gyfer %1 yn darllen yn ôl yn wahanol: %2</translation>
    </message>
    <message>
        <source>The features of %1 read back from the transaction differ from the markup exported (%2 features against %3)</source>
        <translation>Mae nodweddion %1 a ddarllenwyd yn ôl o&apos;r trafodiad yn wahanol i&apos;r marcio a allforiwyd (%2 nodwedd yn erbyn %3)</translation>
    </message>
    <message>
        <source>The %1 of mark %2</source>
        <translation>Ôl %2, %1</translation>
    </message>
    <message>
        <source>markup revision %1</source>
        <translation>fersiwn %1 o&apos;r marcio</translation>
    </message>
    <message>
        <source>the analysis snapshot</source>
        <translation>ciplun y dadansoddiad</translation>
    </message>
    <message>
        <source>Comparison revision %1 of mark %2</source>
        <translation>Ôl %2, fersiwn %1 o&apos;r gymhariaeth</translation>
    </message>
    <message>
        <source>comparison revision %1</source>
        <translation>fersiwn %1 o&apos;r gymhariaeth</translation>
    </message>
    <message>
        <source>Mark %1 has no committed markup: commit the markup (or the analysis), then export it.</source>
        <translation>Nid oes gan ôl %1 farcio wedi&apos;i gadarnhau: cadarnhewch y marcio (neu&apos;r dadansoddiad), yna allforiwch ef.</translation>
    </message>
    <message>
        <source>Mark %1 (%2) is not a finger or palm mark: ANSI/NIST-ITL Type-9 and Type-13 records carry friction ridge marks only</source>
        <translation>Nid yw ôl %1 (%2) yn ôl bys nac yn ôl cledr llaw: dim ond olion cribau ffrithiant y mae cofnodion Type-9 a Type-13 ANSI/NIST-ITL yn eu cario</translation>
    </message>
    <message>
        <source>Mark %1 is not calibrated: a Type-13 record needs the image&apos;s resolution. Calibrate the mark first, then export it.</source>
        <translation>Nid yw ôl %1 wedi&apos;i raddnodi: mae cofnod Type-13 angen cydraniad y ddelwedd. Graddnodwch yr ôl yn gyntaf, yna allforiwch ef.</translation>
    </message>
    <message>
        <source>The analysis of mark %1 is withheld from you (blind verification): its features cannot be exported by you yet.</source>
        <translation>Mae dadansoddiad ôl %1 wedi&apos;i atal rhagoch (dilysu dall): ni allwch allforio ei nodweddion eto.</translation>
    </message>
    <message>
        <source>The %1 of mark %2 is of a %3 x %4 image, the original is %5 x %6</source>
        <translation>Ôl %2: mae %1 yn perthyn i ddelwedd %3 x %4, mae&apos;r gwreiddiol yn %5 x %6</translation>
    </message>
    <message>
        <source>The Type-9 record written for %1</source>
        <translation>Y cofnod Type-9 a ysgrifennwyd ar gyfer %1</translation>
    </message>
    <message>
        <source>Case %1 has no person %2</source>
        <translation>Nid oes person %2 yn achos %1</translation>
    </message>
    <message>
        <source>%1 has no exemplar impressions in case %2</source>
        <translation>Nid oes gan %1 argraffiadau enghreifftiol yn achos %2</translation>
    </message>
    <message>
        <source>%1 has %2 exemplar impressions, more than the 99 image records a transaction can number</source>
        <translation>Mae gan %1 %2 argraff enghreifftiol, mwy na&apos;r 99 cofnod delwedd y gall trafodiad eu rhifo</translation>
    </message>
    <message>
        <source>Exemplar %1 has no resolution</source>
        <translation>Nid oes gan enghraifft %1 gydraniad</translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kImport</name>
    <message>
        <source>record %1 (Type-%2, IDC %3)</source>
        <translation>cofnod %1 (Type-%2, IDC %3)</translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL file %1: %2</source>
        <translation>Ffeil ANSI/NIST-ITL %1: %2</translation>
    </message>
    <message>
        <source>%1, field %2.%3: %4 is not a %5 position of ANSI/NIST-ITL 1-2011</source>
        <translation>%1, maes %2.%3: nid yw %4 yn safle %5 yn ANSI/NIST-ITL 1-2011</translation>
    </message>
    <message>
        <source>palm</source>
        <translation>cledr llaw</translation>
    </message>
    <message>
        <source>finger or palm</source>
        <translation>bys neu gledr llaw</translation>
    </message>
    <message>
        <source>finger</source>
        <translation>bys</translation>
    </message>
    <message>
        <source>no case reference in field 2.009 (OCA) or 1.009 (TCN); import it into a case with ridgeline-cli import FILE --case REF</source>
        <translation>dim cyfeirnod achos ym maes 2.009 (OCA) nac 1.009 (TCN); mewnforiwch y ffeil i achos gyda ridgeline-cli import FILE --case REF</translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL file %1, %2, transaction SHA-256 %3</source>
        <translation>Ffeil ANSI/NIST-ITL %1, %2, SHA-256 y trafodiad %3</translation>
    </message>
    <message>
        <source>%1. Image: %2; record data SHA-256 %3</source>
        <translation>%1. Delwedd: %2; SHA-256 data&apos;r cofnod %3</translation>
    </message>
    <message>
        <source>%1, field 9.002: no image record of the transaction has IDC %2, so the minutiae describe nothing here</source>
        <translation>%1, maes 9.002: nid oes gan unrhyw gofnod delwedd yn y trafodiad IDC %2, felly nid yw&apos;r manylion yn disgrifio dim yma</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL transaction %1 (TCN %2, originating agency %3)</source>
        <translation>Trafodiad ANSI/NIST-ITL %1 (TCN %2, asiantaeth darddiol %3)</translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL transaction %1, TCN %2, originating agency %3</source>
        <translation>Trafodiad ANSI/NIST-ITL %1, TCN %2, asiantaeth darddiol %3</translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation>Unigolyn dienw</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>Nid yw %1 yn ffeil reolaidd</translation>
    </message>
    <message>
        <source>larger than the %1 MB limit</source>
        <translation>mae&apos;n fwy na&apos;r terfyn o %1 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>uncompressed %1-bit data of %2 x %3 pixels needs %4 bytes, the record holds %5</source>
        <translation>mae data %1 did heb ei gywasgu o %2 x %3 picsel angen %4 beit, mae&apos;r cofnod yn dal %5</translation>
    </message>
    <message>
        <source>uncompressed 8-bit pixels stored as lossless PNG</source>
        <translation>picseli 8 did heb eu cywasgu, wedi&apos;u storio fel PNG di-golled</translation>
    </message>
    <message>
        <source>uncompressed 1-bit pixels stored as lossless 8-bit PNG</source>
        <translation>picseli 1 did heb eu cywasgu, wedi&apos;u storio fel PNG 8 did di-golled</translation>
    </message>
    <message>
        <source>the %1 image is %2 x %3 pixels but the record declares %4 x %5</source>
        <translation>mae&apos;r ddelwedd %1 yn %2 x %3 picsel ond mae&apos;r cofnod yn datgan %4 x %5</translation>
    </message>
    <message>
        <source>the WSQ image does not decode: %1</source>
        <translation>nid oes modd datgodio&apos;r ddelwedd WSQ: %1</translation>
    </message>
    <message>
        <source>WSQ decoded by Ridgeline&apos;s WSQ decoder, stored as lossless PNG</source>
        <translation>WSQ wedi&apos;i ddatgodio gan ddatgodiwr WSQ Ridgeline, wedi&apos;i storio fel PNG di-golled</translation>
    </message>
    <message>
        <source>the image is lossless JPEG (JPEGL), which the JPEG library Ridgeline is built with does not decode (%1)</source>
        <translation>mae&apos;r ddelwedd yn JPEG di-golled (JPEGL), nad yw&apos;r llyfrgell JPEG y mae Ridgeline wedi&apos;i adeiladu â hi yn ei ddatgodio (%1)</translation>
    </message>
    <message>
        <source>the %1 image cannot be decoded (%2)</source>
        <translation>nid oes modd datgodio&apos;r ddelwedd %1 (%2)</translation>
    </message>
    <message>
        <source>stored as the record holds it (%1)</source>
        <translation>wedi&apos;i storio fel y mae yn y cofnod (%1)</translation>
    </message>
    <message>
        <source>the JPEG 2000 image cannot be decoded here (%1)</source>
        <translation>nid oes modd datgodio&apos;r ddelwedd JPEG 2000 yma (%1)</translation>
    </message>
    <message>
        <source>%1 decoded by OpenCV (OpenJPEG), stored as lossless PNG</source>
        <translation>%1 wedi&apos;i ddatgodio gan OpenCV (OpenJPEG), wedi&apos;i storio fel PNG di-golled</translation>
    </message>
    <message>
        <source>the declared size %1 x %2 is not an image size</source>
        <translation>nid yw&apos;r maint a ddatganwyd, %1 x %2, yn faint delwedd</translation>
    </message>
    <message>
        <source>%1 x %2 pixels is over the limit of %3</source>
        <translation>mae %1 x %2 picsel dros y terfyn o %3</translation>
    </message>
    <message>
        <source>compression %1 is not one Ridgeline decodes (NONE, WSQ, JPEG, JPEG 2000, PNG)</source>
        <translation>nid yw cywasgiad %1 yn un y mae Ridgeline yn ei ddatgodio (NONE, WSQ, JPEG, JPEG 2000, PNG)</translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kType9</name>
    <message>
        <source>Type-9 record (IDC %1), field 9.%2: %3</source>
        <translation>Cofnod Type-9 (IDC %1), maes 9.%2: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 &quot;%2&quot;: nid yw&apos;n rhif cyfan</translation>
    </message>
    <message>
        <source>the point (%1, %2) pixels is outside the %3 x %4 image</source>
        <translation>mae&apos;r pwynt (%1, %2) picsel y tu allan i&apos;r ddelwedd %3 x %4</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>cyfeiriad</translation>
    </message>
    <message>
        <source>direction %1 is outside 0 to 360 degrees</source>
        <translation>mae cyfeiriad %1 y tu allan i 0 i 360 gradd</translation>
    </message>
    <message>
        <source>record of Type-%1 is not a Type-9 minutiae record</source>
        <translation>nid yw cofnod o Type-%1 yn gofnod manylion Type-9</translation>
    </message>
    <message>
        <source>Type-9 record (IDC %1): the image it describes has no size or resolution (%2 x %3 pixels, %4 ppi)</source>
        <translation>Cofnod Type-9 (IDC %1): nid oes maint na chydraniad gan y ddelwedd y mae&apos;n ei disgrifio (%2 x %3 picsel, %4 ppi)</translation>
    </message>
    <message>
        <source>the image designation character is missing</source>
        <translation>mae nod dynodi&apos;r ddelwedd ar goll</translation>
    </message>
    <message>
        <source>IDC</source>
        <translation>IDC</translation>
    </message>
    <message>
        <source>Type-9 record (IDC %1) has no minutiae block Ridgeline reads (extended feature set 9.300-9.399, INCITS 378 9.126-9.150 or standard 9.005-9.012)</source>
        <translation>Nid oes gan gofnod Type-9 (IDC %1) floc manylion y mae Ridgeline yn ei ddarllen (set nodweddion estynedig 9.300-9.399, INCITS 378 9.126-9.150 neu safonol 9.005-9.012)</translation>
    </message>
    <message>
        <source>says none are present, but the record has some</source>
        <translation>mae&apos;n dweud nad oes rhai yn bresennol, ond mae rhai yn y cofnod</translation>
    </message>
    <message>
        <source>the region of interest is missing (it is mandatory in an extended feature set)</source>
        <translation>mae&apos;r ardal o ddiddordeb ar goll (mae&apos;n orfodol mewn set nodweddion estynedig)</translation>
    </message>
    <message>
        <source>width</source>
        <translation>lled</translation>
    </message>
    <message>
        <source>height</source>
        <translation>uchder</translation>
    </message>
    <message>
        <source>horizontal offset</source>
        <translation>gwrthbwyso llorweddol</translation>
    </message>
    <message>
        <source>vertical offset</source>
        <translation>gwrthbwyso fertigol</translation>
    </message>
    <message>
        <source>the %1 is negative</source>
        <translation>%1: mae&apos;r gwerth yn negatif</translation>
    </message>
    <message>
        <source>the polygon vertex &quot;%1&quot; is not &quot;x,y&quot;</source>
        <translation>nid yw fertig y polygon &quot;%1&quot; yn &quot;x,y&quot;</translation>
    </message>
    <message>
        <source>the polygon has %1 vertices, at least 3 are needed</source>
        <translation>mae gan y polygon %1 fertig, mae angen o leiaf 3</translation>
    </message>
    <message>
        <source>x coordinate</source>
        <translation>cyfesuryn x</translation>
    </message>
    <message>
        <source>y coordinate</source>
        <translation>cyfesuryn y</translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of E, B or X</source>
        <translation>nid yw&apos;r math o fanylyn &quot;%1&quot; yn un o E, B nac X</translation>
    </message>
    <message>
        <source>horizontal pixel scale</source>
        <translation>graddfa bicseli lorweddol</translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of 0, 1 or 2</source>
        <translation>nid yw&apos;r math o fanylyn &quot;%1&quot; yn un o 0, 1 na 2</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is not XXXXYYYY</source>
        <translation>nid yw&apos;r safle &quot;%1&quot; yn XXXXYYYY</translation>
    </message>
    <message>
        <source>position and direction &quot;%1&quot; is not XXXXYYYYTTT</source>
        <translation>nid yw&apos;r safle a&apos;r cyfeiriad &quot;%1&quot; yn XXXXYYYYTTT</translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of A, B, C or D</source>
        <translation>nid yw&apos;r math o fanylyn &quot;%1&quot; yn un o A, B, C na D</translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kWriter</name>
    <message>
        <source>%1 records against %2</source>
        <translation>%1 cofnod yn erbyn %2</translation>
    </message>
    <message>
        <source>record %1 is of Type-%2 against Type-%3</source>
        <translation>mae cofnod %1 o Type-%2 yn erbyn Type-%3</translation>
    </message>
    <message>
        <source>record %1 (Type-%2) has %3 fields against %4</source>
        <translation>mae gan gofnod %1 (Type-%2) %3 maes yn erbyn %4</translation>
    </message>
    <message>
        <source>record %1 (Type-%2), field %2.%3 differs</source>
        <translation>cofnod %1 (Type-%2), maes %2.%3: mae&apos;n wahanol</translation>
    </message>
    <message>
        <source>record %1 (Type-%2), field %2.%3</source>
        <translation>cofnod %1 (Type-%2), maes %2.%3</translation>
    </message>
    <message>
        <source>record %1 (Type-%2)</source>
        <translation>cofnod %1 (Type-%2)</translation>
    </message>
    <message>
        <source>the transaction must begin with its Type-1 record</source>
        <translation>rhaid i&apos;r trafodiad ddechrau gyda&apos;i gofnod Type-1</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not 0400, 0500, 0501 or 0502</source>
        <translation>nid yw&apos;r fersiwn &quot;%1&quot; yn 0400, 0500, 0501 nac 0502</translation>
    </message>
    <message>
        <source>the first subfield must be &quot;1&quot; and the number of other records (%1), not &quot;%2&quot;</source>
        <translation>rhaid i&apos;r isfaes cyntaf fod yn &quot;1&quot; a nifer y cofnodion eraill (%1), nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the directory lists %1 records, the transaction has %2 after Type-1</source>
        <translation>mae&apos;r cyfeiriadur yn rhestru %1 cofnod, mae gan y trafodiad %2 ar ôl Type-1</translation>
    </message>
    <message>
        <source>entry %1 lists Type-%2 IDC %3, but record %4 is Type-%5 IDC %6</source>
        <translation>mae eitem %1 yn rhestru Type-%2 IDC %3, ond mae cofnod %4 yn Type-%5 IDC %6</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYYMMDD</source>
        <translation>nid yw&apos;r dyddiad &quot;%1&quot; yn YYYYMMDD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not pixels per millimetre with two decimals (&quot;19.69&quot;)</source>
        <translation>nid yw &quot;%1&quot; yn bicseli y milimetr gyda dau ddegolyn (&quot;19.69&quot;)</translation>
    </message>
    <message>
        <source>a transaction has one Type-1 record, first</source>
        <translation>un cofnod Type-1 sydd gan drafodiad, ar y dechrau</translation>
    </message>
    <message>
        <source>binary records (Types 3 to 8) are not written by Ridgeline</source>
        <translation>nid yw Ridgeline yn ysgrifennu cofnodion deuaidd (Type-3 i Type-8)</translation>
    </message>
    <message>
        <source>a mandatory field is empty</source>
        <translation>mae maes gorfodol yn wag</translation>
    </message>
    <message>
        <source>a mandatory field is missing</source>
        <translation>mae maes gorfodol ar goll</translation>
    </message>
    <message>
        <source>the record length says %1 bytes, the record has %2</source>
        <translation>mae hyd y cofnod yn dweud %1 beit, mae gan y cofnod %2</translation>
    </message>
    <message>
        <source>binary data must be the record&apos;s last field</source>
        <translation>rhaid i ddata deuaidd fod ym maes olaf y cofnod</translation>
    </message>
    <message>
        <source>a value holds a separator character</source>
        <translation>mae gwerth yn cynnwys nod gwahanu</translation>
    </message>
    <message>
        <source>the Type-1 record is 7-bit ASCII only</source>
        <translation>ASCII 7 did yn unig yw&apos;r cofnod Type-1</translation>
    </message>
    <message>
        <source>text outside ASCII needs field 1.015 to name UTF-8 (3 UTF-8)</source>
        <translation>mae testun y tu allan i ASCII angen i faes 1.015 enwi UTF-8 (3 UTF-8)</translation>
    </message>
    <message>
        <source>the image size must be a positive number of pixels</source>
        <translation>rhaid i faint y ddelwedd fod yn nifer positif o bicseli</translation>
    </message>
    <message>
        <source>scale units must be 0 (aspect ratio), 1 (pixels per inch) or 2 (per centimetre)</source>
        <translation>rhaid i&apos;r unedau graddfa fod yn 0 (cymhareb agwedd), 1 (picseli y fodfedd) neu 2 (y centimetr)</translation>
    </message>
    <message>
        <source>the pixel scale must be a positive whole number</source>
        <translation>rhaid i&apos;r raddfa bicseli fod yn rhif cyfan positif</translation>
    </message>
    <message>
        <source>a pixel scale over 100,000 pixels per inch is not an image&apos;s</source>
        <translation>nid yw graddfa bicseli dros 100,000 picsel y fodfedd yn perthyn i ddelwedd</translation>
    </message>
    <message>
        <source>%1 bits per pixel is not a depth the standard allows</source>
        <translation>nid yw %1 did y picsel yn ddyfnder y mae&apos;r safon yn ei ganiatáu</translation>
    </message>
    <message>
        <source>an uncompressed %1 x %2 image of %3 bits a pixel is %4 bytes, the record holds %5</source>
        <translation>mae delwedd %1 x %2 heb ei chywasgu o %3 did y picsel yn %4 beit, mae&apos;r cofnod yn dal %5</translation>
    </message>
    <message>
        <source>finger position %1 is not 0 to 15</source>
        <translation>nid yw safle bys %1 rhwng 0 a 15</translation>
    </message>
    <message>
        <source>the IDC &quot;%1&quot; is not a number from 0 to 99</source>
        <translation>nid yw&apos;r IDC &quot;%1&quot; yn rhif o 0 i 99</translation>
    </message>
    <message>
        <source>IDC %1 is already used by another Type-%2 record</source>
        <translation>mae cofnod Type-%2 arall eisoes yn defnyddio IDC %1</translation>
    </message>
    <message>
        <source>IDC %1 names no image record of the transaction</source>
        <translation>nid yw IDC %1 yn enwi unrhyw gofnod delwedd yn y trafodiad</translation>
    </message>
</context>
<context>
    <name>ridgeline::AnalysisFormDialog</name>
    <message>
        <source>Pressure, slippage, deposition, substrate movement…</source>
        <translation>Pwysau, llithro, dyddodiad, symudiad yr arwyneb…</translation>
    </message>
    <message>
        <source>Anything else that belongs on the record</source>
        <translation>Unrhyw beth arall sy&apos;n perthyn i&apos;r cofnod</translation>
    </message>
    <message>
        <source>Commit Analysis — %1</source>
        <translation>Cadarnhau&apos;r dadansoddiad — %1</translation>
    </message>
    <message>
        <source>Value decision</source>
        <translation>Penderfyniad gwerth</translation>
    </message>
    <message>
        <source>Of value for &amp;identification</source>
        <translation>O werth ar gyfer &amp;adnabod</translation>
    </message>
    <message>
        <source>Enough reliable detail to identify or exclude a source</source>
        <translation>Digon o fanylion dibynadwy i adnabod neu allgáu ffynhonnell</translation>
    </message>
    <message>
        <source>Of value for &amp;exclusion only</source>
        <translation>O werth ar gyfer a&amp;llgáu yn unig</translation>
    </message>
    <message>
        <source>Enough detail to exclude a source, not to identify one</source>
        <translation>Digon o fanylion i allgáu ffynhonnell, ond nid i adnabod un</translation>
    </message>
    <message>
        <source>&amp;No value</source>
        <translation>&amp;Dim gwerth</translation>
    </message>
    <message>
        <source>Not enough reliable detail: the mark is not compared</source>
        <translation>Dim digon o fanylion dibynadwy: ni chaiff yr ôl ei gymharu</translation>
    </message>
    <message>
        <source>e.g. glass, smooth, non-porous</source>
        <translation>e.e. gwydr, llyfn, anhydraidd</translation>
    </message>
    <message>
        <source>e.g. aluminium powder, lifted</source>
        <translation>e.e. powdr alwminiwm, wedi&apos;i godi</translation>
    </message>
    <message>
        <source>Su&amp;bstrate:</source>
        <translation>Ar&amp;wyneb:</translation>
    </message>
    <message>
        <source>&amp;Development method:</source>
        <translation>Dull da&amp;tblygu:</translation>
    </message>
    <message>
        <source>Dis&amp;tortion notes:</source>
        <translation>Nodiadau &amp;ystumio:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Co&amp;mmit Analysis…</source>
        <translation>&amp;Cadarnhau&apos;r dadansoddiad…</translation>
    </message>
    <message>
        <source>Commit the analysis: the snapshot of the markup and these notes become immutable</source>
        <translation>Cadarnhau&apos;r dadansoddiad: ni fydd modd newid ciplun y marcio na&apos;r nodiadau hyn wedyn</translation>
    </message>
    <message>
        <source>Close the form without committing (Esc)</source>
        <translation>Cau&apos;r ffurflen heb gadarnhau (Esc)</translation>
    </message>
    <message>
        <source>Record what the mark shows before any exemplar is seen. Committing stores an immutable snapshot of the markup and these notes; exemplars of the case stay hidden until you begin the comparison.</source>
        <translation>Cofnodwch yr hyn y mae&apos;r ôl yn ei ddangos cyn gweld unrhyw enghraifft. Mae cadarnhau yn storio ciplun digyfnewid o&apos;r marcio a&apos;r nodiadau hyn; mae enghreifftiau&apos;r achos yn aros yn gudd nes i chi ddechrau&apos;r gymhariaeth.</translation>
    </message>
    <message>
        <source>Choose the value decision.</source>
        <translation>Dewiswch y penderfyniad gwerth.</translation>
    </message>
    <message>
        <source>Commit the analysis of %1 as %2?</source>
        <translation>Cadarnhau dadansoddiad %1 gyda&apos;r penderfyniad gwerth “%2”?</translation>
    </message>
    <message>
        <source>The snapshot of the mark&apos;s markup and these notes will be immutable: later changes to the markup are recorded against it and flagged, never replace it.</source>
        <translation>Ni fydd modd newid ciplun marcio&apos;r ôl na&apos;r nodiadau hyn: caiff newidiadau diweddarach i&apos;r marcio eu cofnodi yn ei erbyn a&apos;u nodi, heb fyth ei ddisodli.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Cadarnhau</translation>
    </message>
</context>
<context>
    <name>ridgeline::AuditSentence</name>
    <message>
        <source>mark %1</source>
        <translation>ôl %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>dogfen %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>achos %1</translation>
    </message>
    <message>
        <source>Case %1 opened from a transmission</source>
        <translation>Agorwyd achos %1 o drosglwyddiad</translation>
    </message>
    <message>
        <source>Case %1 opened</source>
        <translation>Agorwyd achos %1</translation>
    </message>
    <message>
        <source>Case details edited</source>
        <translation>Golygwyd manylion yr achos</translation>
    </message>
    <message>
        <source>Case status changed from %1 to %2</source>
        <translation>Newidiwyd statws yr achos o “%1” i “%2”</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Newidiwyd statws yr achos</translation>
    </message>
    <message>
        <source>Person linked to the case (%1)</source>
        <translation>Cysylltwyd person â&apos;r achos (%1)</translation>
    </message>
    <message>
        <source>Person linked to the case</source>
        <translation>Cysylltwyd person â&apos;r achos</translation>
    </message>
    <message>
        <source>Case note added</source>
        <translation>Ychwanegwyd nodyn achos</translation>
    </message>
    <message>
        <source>Case signed off by a supervisor</source>
        <translation>Cymeradwywyd yr achos gan oruchwylydd</translation>
    </message>
    <message>
        <source>Sign-off of the case voided by a later change</source>
        <translation>Dirymwyd cymeradwyaeth yr achos gan newid diweddarach</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; filed</source>
        <translation>Ffeiliwyd y ddogfen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; attached</source>
        <translation>Atodwyd y ddogfen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; opened</source>
        <translation>Agorwyd y ddogfen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; stored</source>
        <translation>Storiwyd y ddogfen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Markup of %1 started</source>
        <translation>Dechreuwyd marcio %1</translation>
    </message>
    <message>
        <source>Markup draft of %1 discarded</source>
        <translation>Gwaredwyd drafft marcio %1</translation>
    </message>
    <message>
        <source>Markup of %1 committed</source>
        <translation>Cadarnhawyd marcio %1</translation>
    </message>
    <message>
        <source>Markup of %1 read</source>
        <translation>Darllenwyd marcio %1</translation>
    </message>
    <message>
        <source>Comparison of %1 started</source>
        <translation>Dechreuwyd cymhariaeth %1</translation>
    </message>
    <message>
        <source>Comparison draft of %1 discarded</source>
        <translation>Gwaredwyd drafft cymhariaeth %1</translation>
    </message>
    <message>
        <source>Comparison of %1 committed</source>
        <translation>Cadarnhawyd cymhariaeth %1</translation>
    </message>
    <message>
        <source>Comparison of %1 read</source>
        <translation>Darllenwyd cymhariaeth %1</translation>
    </message>
    <message>
        <source>Mark %1 received</source>
        <translation>Derbyniwyd ôl %1</translation>
    </message>
    <message>
        <source>Mark %1 filed</source>
        <translation>Ffeiliwyd ôl %1</translation>
    </message>
    <message>
        <source>Image of mark %1 stored</source>
        <translation>Storiwyd delwedd ôl %1</translation>
    </message>
    <message>
        <source>Image of mark %1 opened</source>
        <translation>Agorwyd delwedd ôl %1</translation>
    </message>
    <message>
        <source>Enhancement, calibration and measurements of %1 saved</source>
        <translation>Cadwyd y gwella, y graddnodi a&apos;r mesuriadau ar %1</translation>
    </message>
    <message>
        <source>Enhancement of %1 replayed and checked</source>
        <translation>Ailchwaraewyd a gwiriwyd y gwella ar %1</translation>
    </message>
    <message>
        <source>Mark %1 assigned to an examiner</source>
        <translation>Neilltuwyd ôl %1 i archwiliwr</translation>
    </message>
    <message>
        <source>Analysis of %1 started</source>
        <translation>Dechreuwyd dadansoddi %1</translation>
    </message>
    <message>
        <source>Analysis of %1 committed</source>
        <translation>Cadarnhawyd dadansoddiad %1</translation>
    </message>
    <message>
        <source>Comparison of %1 with exemplars begun</source>
        <translation>Dechreuwyd cymharu %1 ag enghreifftiau</translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded</source>
        <translation>Cofnodwyd casgliad ar %1</translation>
    </message>
    <message>
        <source>%1 submitted for verification</source>
        <translation>Cyflwynwyd %1 i&apos;w ddilysu</translation>
    </message>
    <message>
        <source>%1 exempted from verification by a supervisor</source>
        <translation>Eithriwyd %1 rhag dilysu gan oruchwylydd</translation>
    </message>
    <message>
        <source>Conflict on %1 resolved</source>
        <translation>Datryswyd y gwrthdaro ar %1</translation>
    </message>
    <message>
        <source>%1 returned to the examiner for rework</source>
        <translation>Dychwelwyd %1 i&apos;r archwiliwr i&apos;w ailweithio</translation>
    </message>
    <message>
        <source>Verification of %1 recorded: the conclusions differ (conflict)</source>
        <translation>Cofnodwyd dilysiad %1: mae&apos;r casgliadau&apos;n wahanol (gwrthdaro)</translation>
    </message>
    <message>
        <source>Verification of %1 recorded: the conclusions agree</source>
        <translation>Cofnodwyd dilysiad %1: mae&apos;r casgliadau&apos;n cytuno</translation>
    </message>
    <message>
        <source>%1 signed off by a supervisor</source>
        <translation>Cymeradwywyd %1 gan oruchwylydd</translation>
    </message>
    <message>
        <source>Exemplar material withheld from the examiner while their analysis was open (ACE-V sequestration)</source>
        <translation>Ataliwyd deunydd enghreifftiol rhag yr archwiliwr tra oedd ei ddadansoddiad ar agor (ynysu dan ACE-V)</translation>
    </message>
    <message>
        <source>Refused: %1 on %2</source>
        <translation>Gwrthodwyd: %1 ar %2</translation>
    </message>
    <message>
        <source>Failed: %1 on %2</source>
        <translation>Methodd: %1 ar %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseBrowser</name>
    <message>
        <source>Search reference, force, offence, officer…</source>
        <translation>Chwilio cyfeirnod, heddlu, trosedd, swyddog…</translation>
    </message>
    <message>
        <source>Show only cases whose reference, force, offence, officer or status contain every word typed here</source>
        <translation>Dangos dim ond yr achosion y mae eu cyfeirnod, heddlu, trosedd, swyddog neu statws yn cynnwys pob gair a deipir yma</translation>
    </message>
    <message>
        <source>Show only cases with this status</source>
        <translation>Dangos dim ond achosion gyda&apos;r statws hwn</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation>
            <numerusform>%1 o %n achos yn y golwg</numerusform>
            <numerusform>%1 o %n achos yn y golwg</numerusform>
            <numerusform>%1 o %n achos yn y golwg</numerusform>
            <numerusform>%1 o %n achos yn y golwg</numerusform>
            <numerusform>%1 o %n achos yn y golwg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseBrowserController</name>
    <message>
        <source>Your role (%1) may see the case list but not open cases.</source>
        <translation>Gall eich rôl (%1) weld rhestr yr achosion ond nid agor achosion.</translation>
    </message>
    <message>
        <source>The case could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r achos: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseDetailsPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation>Dewiswch achos yn y rhestr i weld ei fanylion.</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>Wrthi&apos;n llwytho&apos;r achos…</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Officer in case</source>
        <translation>Swyddog yr achos</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Diweddarwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation>Cam ACE-V</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Cydraniad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role in case</source>
        <translation>Rôl yn yr achos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Dynodwyr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation>Dim crynodeb wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>%L1 ppi</source>
        <translation>%L1 ppi</translation>
    </message>
    <message>
        <source>Not calibrated</source>
        <translation>Heb ei raddnodi</translation>
    </message>
    <message>
        <source>&amp;Marks (%1)</source>
        <translation>&amp;Olion (%1)</translation>
    </message>
    <message>
        <source>&amp;Persons (%1)</source>
        <translation>&amp;Pobl (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Dogfennau (%1)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Recovered by %1; received %2</source>
        <translation>Codwyd gan %1; derbyniwyd %2</translation>
    </message>
    <message>
        <source>an unrecorded examiner</source>
        <translation>archwiliwr heb ei gofnodi</translation>
    </message>
    <message>
        <source>Exemplars</source>
        <translation>Enghreifftiau</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the document</source>
        <translation>Cliciwch ddwywaith neu bwyso Enter i ddarllen y ddogfen</translation>
    </message>
    <message numerus="yes">
        <source>%n impression(s)</source>
        <translation>
            <numerusform>%n argraff</numerusform>
            <numerusform>%n argraff</numerusform>
            <numerusform>%n argraff</numerusform>
            <numerusform>%n argraff</numerusform>
            <numerusform>%n argraff</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Person in this case</source>
        <translation>Person yn yr achos hwn</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Efallai&apos;r un ag</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cyfatebiaeth</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Records of other forces that may be the same person; they are never merged silently</source>
        <translation>Cofnodion heddluoedd eraill a allai fod yr un person; nid ydynt byth yn cael eu huno&apos;n dawel</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>&amp;Cadarnhau&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>Record that both records are the same person</source>
        <translation>Cofnodi mai&apos;r un person yw&apos;r ddau gofnod</translation>
    </message>
    <message>
        <source>&amp;Reject link</source>
        <translation>&amp;Gwrthod y cysylltiad</translation>
    </message>
    <message>
        <source>Record that the records are different people</source>
        <translation>Cofnodi mai pobl wahanol yw&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Person links proposed for review</source>
        <translation>Cysylltiadau personau a gynigiwyd i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>A record in another case</source>
        <translation>Cofnod mewn achos arall</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the mark in the mark viewer</source>
        <translation>Cliciwch ddwywaith neu bwyso Enter i agor yr ôl yn y gwyliwr olion</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseExhibitsModel</name>
    <message>
        <source>The conclusion that stands once a verifier agreed, a supervisor exempted it from verification, or a conflict was resolved</source>
        <translation>Y casgliad sy&apos;n sefyll ar ôl i ddilysydd gytuno, i oruchwylydd ei eithrio rhag dilysu, neu i wrthdaro gael ei ddatrys</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation>Cam ACE-V</translation>
    </message>
    <message>
        <source>Current result</source>
        <translation>Canlyniad presennol</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Dilysydd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Case reference: force code, year and number</source>
        <translation>Cyfeirnod yr achos: cod yr heddlu, blwyddyn a rhif</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>The force that owns the case</source>
        <translation>Yr heddlu sy&apos;n berchen ar yr achos</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Trosedd</translation>
    </message>
    <message>
        <source>Officer in case</source>
        <translation>Swyddog yr achos</translation>
    </message>
    <message>
        <source>The officer in charge of the case</source>
        <translation>Y swyddog sy&apos;n gyfrifol am yr achos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>When the case last changed (local time)</source>
        <translation>Pryd y newidiodd yr achos ddiwethaf (amser lleol)</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseMediaController</name>
    <message>
        <source>A mark&apos;s image could not be read: %1</source>
        <translation>Nid oedd modd darllen delwedd ôl: %1</translation>
    </message>
    <message>
        <source>The document “%1” has no stored original.</source>
        <translation>Nid oes gwreiddiol wedi&apos;i storio i&apos;r ddogfen “%1”.</translation>
    </message>
    <message>
        <source>The document “%1” could not be read: %2</source>
        <translation>Nid oedd modd darllen y ddogfen “%1”: %2</translation>
    </message>
    <message>
        <source>The proposed person links could not be read: %1</source>
        <translation>Nid oedd modd darllen y cysylltiadau personau a gynigiwyd: %1</translation>
    </message>
    <message>
        <source>The decision on the person link was not recorded: %1</source>
        <translation>Ni chofnodwyd y penderfyniad ar y cysylltiad person: %1</translation>
    </message>
    <message>
        <source>Person link confirmed</source>
        <translation>Cadarnhawyd y cysylltiad person</translation>
    </message>
    <message>
        <source>Person link rejected</source>
        <translation>Gwrthodwyd y cysylltiad person</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseOverviewController</name>
    <message>
        <source>The ACE-V records of %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen cofnodion ACE-V %1: %2</translation>
    </message>
    <message>
        <source>The case notes could not be read: %1</source>
        <translation>Nid oedd modd darllen nodiadau&apos;r achos: %1</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Nid oedd modd darllen y llinell amser: %1</translation>
    </message>
    <message>
        <source>The sign-offs could not be read: %1</source>
        <translation>Nid oedd modd darllen y cymeradwyaethau: %1</translation>
    </message>
    <message>
        <source>The note is empty; nothing was added.</source>
        <translation>Mae&apos;r nodyn yn wag; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>This session keeps no case notes.</source>
        <translation>Nid yw&apos;r sesiwn hon yn cadw nodiadau achos.</translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation>Ni ychwanegwyd y nodyn: %1</translation>
    </message>
    <message>
        <source>Case note added.</source>
        <translation>Ychwanegwyd nodyn achos.</translation>
    </message>
    <message>
        <source>The case is still loading; attach the document once it is shown.</source>
        <translation>Mae&apos;r achos yn dal i lwytho; atodwch y ddogfen pan fydd yr achos i&apos;w weld.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>Ni atodwyd %1: %2</translation>
    </message>
    <message>
        <source>%1 is already attached to this case; nothing was duplicated.</source>
        <translation>Mae %1 eisoes wedi&apos;i atodi i&apos;r achos hwn; ni ddyblygwyd dim.</translation>
    </message>
    <message>
        <source>%1 attached to the case.</source>
        <translation>Atodwyd %1 i&apos;r achos.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; could not be read: %2</source>
        <translation>Nid oedd modd darllen y ddogfen &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseOverviewWindow</name>
    <message>
        <source>Case Overview — Ridgeline</source>
        <translation>Trosolwg o&apos;r achos — Ridgeline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Dynodwyr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Llinell amser</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dogfennau</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Sign-offs</source>
        <translation>&amp;Cymeradwyaethau</translation>
    </message>
    <message>
        <source>E&amp;xhibits and current results</source>
        <translation>A&amp;rddangosion a&apos;u canlyniadau presennol</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Wrthi&apos;n darllen yr achos…</translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation>Nid oedd modd darllen yr achos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the case from the workspace again</source>
        <translation>Darllen yr achos o&apos;r gweithle eto</translation>
    </message>
    <message>
        <source>Add Case &amp;Note…</source>
        <translation>&amp;Ychwanegu nodyn achos…</translation>
    </message>
    <message>
        <source>Add a note to the case record, with your name and the time</source>
        <translation>Ychwanegu nodyn at gofnod yr achos, gyda&apos;ch enw a&apos;r amser</translation>
    </message>
    <message>
        <source>&amp;Attach Document…</source>
        <translation>A&amp;todi dogfen…</translation>
    </message>
    <message>
        <source>Attach a PDF (a statement, a form, a report) to the case</source>
        <translation>Atodi PDF (datganiad, ffurflen, adroddiad) i&apos;r achos</translation>
    </message>
    <message>
        <source>Status Summary for &amp;Victim…</source>
        <translation>Crynodeb &amp;statws i&apos;r dioddefwr…</translation>
    </message>
    <message>
        <source>A summary of how far the examination has gone, with no names, results or exhibit details, to pass to the victim</source>
        <translation>Crynodeb o ba mor bell y mae&apos;r archwiliad wedi mynd, heb enwau, canlyniadau na manylion arddangosion, i&apos;w roi i&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Case Overview</source>
        <translation>Trosolwg o&apos;r achos</translation>
    </message>
    <message>
        <source>Show &amp;reads of evidence and records</source>
        <translation>Dan&amp;gos pryd y darllenwyd tystiolaeth a chofnodion</translation>
    </message>
    <message>
        <source>Each time someone opened an image, a document or a markup is on the record; hide those to see the steps of the case</source>
        <translation>Mae pob tro yr agorodd rhywun ddelwedd, dogfen neu farcio ar gofnod; cuddiwch y rheini i weld camau&apos;r achos</translation>
    </message>
    <message>
        <source>Case Overview: %1 — Ridgeline</source>
        <translation>Trosolwg o&apos;r achos: %1 — Ridgeline</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · Officer in case: %2 · Status: %3 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl</numerusform>
            <numerusform>%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl</numerusform>
            <numerusform>%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl</numerusform>
            <numerusform>%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl</numerusform>
            <numerusform>%1 · Swyddog yr achos: %2 · Statws: %3 · %n ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>%1 events, %2 reads hidden</source>
        <translation>%1 digwyddiad, %2 darlleniad wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 digwyddiad</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read it</source>
        <translation>Cliciwch ddwywaith neu bwyso Enter i&apos;w darllen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Wrthi&apos;n agor %1…</translation>
    </message>
    <message>
        <source>Add Case Note</source>
        <translation>Ychwanegu nodyn achos</translation>
    </message>
    <message>
        <source>The note is added to the case record with your name and the time. It cannot be changed afterwards; add another note to correct it.</source>
        <translation>Caiff y nodyn ei ychwanegu at gofnod yr achos gyda&apos;ch enw a&apos;r amser. Nid oes modd ei newid wedyn; ychwanegwch nodyn arall i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Y nodyn</translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation>Atodi dogfen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Wrthi&apos;n atodi %1…</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseReference</name>
    <message>
        <source>&quot;%1&quot; is not a case reference; expected FORCE/YEAR/NUMBER, for example WYP/2026/000123</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeirnod achos; y disgwyl yw HEDDLU/BLWYDDYN/RHIF, er enghraifft WYP/2026/000123</translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; has year %2 out of range</source>
        <translation>Mae blwyddyn %2 cyfeirnod achos &quot;%1&quot; y tu allan i&apos;r ystod</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseReportPdf</name>
    <message>
        <source>Case report</source>
        <translation>Adroddiad achos</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Trosedd</translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation>Swyddog yr achos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Agorwyd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>All times in this report are Coordinated Universal Time (UTC).</source>
        <translation>Mae pob amser yn yr adroddiad hwn mewn Amser Cyffredinol Cydgysylltiedig (UTC).</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>No persons are linked to the case.</source>
        <translation>Nid oes unrhyw bobl wedi&apos;u cysylltu â&apos;r achos.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <source>No documents are recorded.</source>
        <translation>Nid oes unrhyw ddogfennau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Exhibit %1: %2</source>
        <translation>Arddangosyn %1: %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Original SHA-256</source>
        <translation>SHA-256 y gwreiddiol</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Tarddiad</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Dilysydd</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Dadansoddiad</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Heb ei ddadansoddi eto.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Cadarnhawyd</translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation>SHA-256 y ciplun</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Changes after exposure to an exemplar</source>
        <translation>Newidiadau ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>First exemplar seen: %1.</source>
        <translation>Gwelwyd yr enghraifft gyntaf: %1.</translation>
    </message>
    <message>
        <source>No exemplar has been seen.</source>
        <translation>Nid oes unrhyw enghraifft wedi&apos;i gweld.</translation>
    </message>
    <message>
        <source>0 changes after exposure</source>
        <translation>0 newid ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>%1 changes after exposure:</source>
        <translation>%1 newid ar ôl gweld enghraifft:</translation>
    </message>
    <message>
        <source>Conclusions, verification and resolution</source>
        <translation>Casgliadau, dilysu a datrys</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation>SHA-256 y cofnod</translation>
    </message>
    <message>
        <source>Stage and conflict history</source>
        <translation>Hanes y camau a&apos;r gwrthdaro</translation>
    </message>
    <message>
        <source>No stage changes recorded.</source>
        <translation>Dim newidiadau cam wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Withheld from this report</source>
        <translation>Ataliwyd o&apos;r adroddiad hwn</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Cymeradwyaeth</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>DIRYMWYD</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwylydd</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Llofnodwyd</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Olion</translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation>SHA-256 y ddogfen</translation>
    </message>
    <message>
        <source>Signature key fingerprint</source>
        <translation>Bysbrint yr allwedd lofnodi</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dirymwyd</translation>
    </message>
    <message>
        <source>Audit excerpt</source>
        <translation>Detholiad o&apos;r llwybr archwilio</translation>
    </message>
    <message>
        <source>%1 of %2 events shown.</source>
        <translation>Dangosir %1 o %2 digwyddiad.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Case report · %1</source>
        <translation>Adroddiad achos · %1</translation>
    </message>
    <message>
        <source>Exhibits and marks</source>
        <translation>Arddangosion ac olion</translation>
    </message>
    <message>
        <source>No marks are recorded.</source>
        <translation>Nid oes unrhyw olion wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>The case report of %1</source>
        <translation>adroddiad achos %1</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Adroddiad achos: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseTimelineModel</name>
    <message>
        <source>Audit event %1: %2 on %3 %4</source>
        <translation>Digwyddiad archwilio %1: %2 ar %3 %4</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Gweithfan: %1</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
</context>
<context>
    <name>ridgeline::Casework</name>
    <message>
        <source>Of value for identification</source>
        <translation>O werth ar gyfer adnabod</translation>
    </message>
    <message>
        <source>Of value for exclusion only</source>
        <translation>O werth ar gyfer allgáu yn unig</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Dim gwerth</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Adnabod</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Allgáu</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Amhendant</translation>
    </message>
    <message>
        <source>linked persons</source>
        <translation>personau cysylltiedig</translation>
    </message>
    <message>
        <source>candidate lists</source>
        <translation>rhestrau ymgeiswyr</translation>
    </message>
    <message>
        <source>exemplar images</source>
        <translation>delweddau enghreifftiol</translation>
    </message>
    <message>
        <source>The conclusion on mark %1 needs its basis in words; nothing was recorded.</source>
        <translation>Mae angen sail mewn geiriau ar gyfer y casgliad ar ôl %1; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>An identification or exclusion of mark %1 names the exemplar impression it refers to; nothing was recorded.</source>
        <translation>Rhaid i adnabod neu allgáu ôl %1 enwi&apos;r argraff enghreifftiol y mae&apos;n cyfeirio ati; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>Your analysis of mark %1 is not committed yet: the %2 of its case stay closed to you until it is (ACE-V sequestration). The refusal was recorded.</source>
        <translation>Nid yw eich dadansoddiad o ôl %1 wedi&apos;i gadarnhau eto: mae %2 yr achos ar gau i chi nes iddo gael ei gadarnhau (ynysu dan ACE-V). Cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source>Mark %1 is examined by %2: only they commit its markup and comparisons; your work stays in your draft.</source>
        <translation>%2 sy&apos;n archwilio ôl %1: dim ond nhw sy&apos;n cadarnhau ei farcio a&apos;i gymariaethau; mae eich gwaith yn aros yn eich drafft.</translation>
    </message>
    <message>
        <source>Mark %1 is examined by %2 and verification is blind: their markup and comparisons stay closed to you until you have recorded your own verification. The refusal was recorded.</source>
        <translation>%2 sy&apos;n archwilio ôl %1 ac mae&apos;r dilysu&apos;n ddall: mae eu marcio a&apos;u cymariaethau ar gau i chi nes i chi gofnodi eich dilysiad eich hun. Cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source>the changes since the analysis (a markup document could not be read: %1)</source>
        <translation>y newidiadau ers y dadansoddiad (nid oedd modd darllen dogfen farcio: %1)</translation>
    </message>
    <message>
        <source>the first examiner&apos;s analysis (blind verification)</source>
        <translation>dadansoddiad yr archwiliwr cyntaf (dilysu dall)</translation>
    </message>
    <message>
        <source>the first examiner&apos;s conclusion (blind verification)</source>
        <translation>casgliad yr archwiliwr cyntaf (dilysu dall)</translation>
    </message>
    <message>
        <source>the resolution (blind verification)</source>
        <translation>y datrysiad (dilysu dall)</translation>
    </message>
    <message>
        <source>The mark was changed by another session first.</source>
        <translation>Newidiwyd yr ôl gan sesiwn arall yn gyntaf.</translation>
    </message>
    <message>
        <source>Mark %1 is signed off: its examination only reopens with a committed change, which voids the sign-off.</source>
        <translation>Mae ôl %1 wedi&apos;i gymeradwyo: dim ond newid wedi&apos;i gadarnhau sy&apos;n ailagor ei archwiliad, ac mae hwnnw&apos;n dirymu&apos;r gymeradwyaeth.</translation>
    </message>
    <message>
        <source>%1 is a scene photograph, not a mark: it is not examined under ACE-V.</source>
        <translation>Ffotograff o&apos;r lleoliad yw %1, nid ôl: ni chaiff ei archwilio dan ACE-V.</translation>
    </message>
    <message>
        <source>Mark %1 has no image yet: its analysis starts when the image has arrived.</source>
        <translation>Nid oes gan ôl %1 ddelwedd eto: bydd ei ddadansoddiad yn dechrau pan fydd y ddelwedd wedi cyrraedd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active examiner of this workspace; mark %2 was not assigned.</source>
        <translation>Nid yw &quot;%1&quot; yn archwiliwr gweithredol yn y gweithle hwn; ni neilltuwyd ôl %2.</translation>
    </message>
    <message>
        <source>Mark %1 is at the stage &quot;%2&quot;: only a mark not yet analysed can be (re)assigned.</source>
        <translation>Mae ôl %1 ar y cam &quot;%2&quot;: dim ond ôl nad yw wedi&apos;i ddadansoddi eto y mae modd ei (ail)neilltuo.</translation>
    </message>
    <message>
        <source>Taking mark %1 from %2 in mid-analysis needs a reason.</source>
        <translation>Mae angen rheswm i gymryd ôl %1 oddi ar %2 ynghanol y dadansoddiad.</translation>
    </message>
    <message>
        <source>Mark %1 was analysed as of no value: it is not compared.</source>
        <translation>Dadansoddwyd ôl %1 fel un heb werth: ni chaiff ei gymharu.</translation>
    </message>
    <message>
        <source>Mark %1 was examined by you: nobody verifies their own examination. The refusal was recorded.</source>
        <translation>Chi a archwiliodd ôl %1: nid oes neb yn dilysu ei archwiliad ei hun. Cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source>There is no conclusion to verify.</source>
        <translation>Nid oes casgliad i&apos;w ddilysu.</translation>
    </message>
    <message>
        <source>The resolution of mark %1 says what was re-examined and the outcome; nothing was recorded.</source>
        <translation>Rhaid i ddatrysiad ôl %1 ddweud beth a ailarchwiliwyd a beth oedd y canlyniad; ni chofnodwyd dim.</translation>
    </message>
    <message>
        <source>You examined or verified mark %1: its conflict is resolved by someone else. The refusal was recorded.</source>
        <translation>Chi a archwiliodd neu a ddilysodd ôl %1: rhywun arall sy&apos;n datrys ei wrthdaro. Cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source>exemplar listings</source>
        <translation>rhestrau enghreifftiau</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Wedi&apos;i neilltuo i chi</translation>
    </message>
    <message>
        <source>Your examination</source>
        <translation>Eich archwiliad</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Heb ei gymryd eto</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Yn aros am ddilysiad</translation>
    </message>
    <message>
        <source>In conflict: awaiting resolution</source>
        <translation>Mewn gwrthdaro: yn aros am ddatrysiad</translation>
    </message>
    <message>
        <source>Awaiting technical review and sign-off</source>
        <translation>Yn aros am adolygiad technegol a chymeradwyaeth</translation>
    </message>
    <message>
        <source>Conflict to resolve</source>
        <translation>Gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <source>Concluded: verification or exemption to come</source>
        <translation>Casgliad wedi&apos;i gofnodi: dilysiad neu eithriad i ddod</translation>
    </message>
    <message>
        <source>Mark %1 is not a mark of case %2.</source>
        <translation>Nid yw ôl %1 yn un o olion achos %2.</translation>
    </message>
    <message>
        <source>Choose the marks of case %1 to sign off; nothing was signed.</source>
        <translation>Dewiswch yr olion yn achos %1 i&apos;w cymeradwyo; ni lofnodwyd dim.</translation>
    </message>
    <message>
        <source>Mark %1 changed since you reviewed it (now version %2, stage &quot;%3&quot;; you reviewed version %4). Nothing was signed: review it again.</source>
        <translation>Newidiodd ôl %1 ers i chi ei adolygu (fersiwn %2 erbyn hyn, cam &quot;%3&quot;; adolygoch chi fersiwn %4). Ni lofnodwyd dim: adolygwch ef eto.</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1; case %2 was not signed off.</source>
        <translation>Cyfrinymadrodd anghywir ar gyfer %1; ni chymeradwywyd achos %2.</translation>
    </message>
    <message>
        <source>Mark %1 is closed: its examination can no longer change.</source>
        <translation>Mae ôl %1 ar gau: ni all ei archwiliad newid mwyach.</translation>
    </message>
    <message>
        <source>Sign-off %1 of case %2</source>
        <translation>Cymeradwyaeth %1 achos %2</translation>
    </message>
    <message>
        <source>%1: the signed document does not match its SHA-256 (altered after signing).</source>
        <translation>%1: nid yw&apos;r ddogfen a lofnodwyd yn cyfateb i&apos;w SHA-256 (fe&apos;i newidiwyd ar ôl ei llofnodi).</translation>
    </message>
    <message>
        <source>%1: the signature by %2 does not verify.</source>
        <translation>%1: nid oes modd gwirio&apos;r llofnod gan %2.</translation>
    </message>
    <message>
        <source>%1: signed with a key that is not %2&apos;s.</source>
        <translation>%1: wedi&apos;i lofnodi ag allwedd nad yw&apos;n eiddo i %2.</translation>
    </message>
    <message>
        <source>%1: the examination records no longer match what was signed, and no later revision voided the sign-off (changed outside Ridgeline).</source>
        <translation>%1: nid yw cofnodion yr archwiliad yn cyfateb mwyach i&apos;r hyn a lofnodwyd, ac ni ddirymodd unrhyw fersiwn ddiweddarach y gymeradwyaeth (newidiwyd y tu allan i Ridgeline).</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseworkDialog</name>
    <message>
        <source>Mark Casework</source>
        <translation>Gwaith achos yr ôl</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Dadansoddiad</translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation>&amp;Casgliadau</translation>
    </message>
    <message>
        <source>Flagged C&amp;hanges</source>
        <translation>&amp;Newidiadau a nodwyd</translation>
    </message>
    <message>
        <source>Storing the step in the workspace…</source>
        <translation>Wrthi&apos;n storio&apos;r cam yn y gweithle…</translation>
    </message>
    <message>
        <source>Reading the casework…</source>
        <translation>Wrthi&apos;n darllen y gwaith achos…</translation>
    </message>
    <message>
        <source>Value decision:</source>
        <translation>Penderfyniad gwerth:</translation>
    </message>
    <message>
        <source>Substrate:</source>
        <translation>Arwyneb:</translation>
    </message>
    <message>
        <source>Development method:</source>
        <translation>Dull datblygu:</translation>
    </message>
    <message>
        <source>Distortion notes:</source>
        <translation>Nodiadau ystumio:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nodiadau:</translation>
    </message>
    <message>
        <source>Committed by:</source>
        <translation>Cadarnhawyd gan:</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>Cadarnhawyd:</translation>
    </message>
    <message>
        <source>Markup snapshot:</source>
        <translation>Ciplun o&apos;r marcio:</translation>
    </message>
    <message>
        <source>Snapshot SHA-256:</source>
        <translation>SHA-256 y ciplun:</translation>
    </message>
    <message>
        <source>Exemplar seen before commit:</source>
        <translation>Enghraifft wedi&apos;i gweld cyn cadarnhau:</translation>
    </message>
    <message>
        <source>Exemplars first seen:</source>
        <translation>Gweld enghreifftiau am y tro cyntaf:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Casgliad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Exemplar impression</source>
        <translation>Argraff enghreifftiol</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Nodwedd</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>After an exemplar was seen</source>
        <translation>Ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>&amp;Start Analysis</source>
        <translation>D&amp;echrau dadansoddi</translation>
    </message>
    <message>
        <source>Co&amp;mmit Analysis…</source>
        <translation>Cada&amp;rnhau&apos;r dadansoddiad…</translation>
    </message>
    <message>
        <source>&amp;Begin Comparison…</source>
        <translation>Dechrau cy&amp;mharu…</translation>
    </message>
    <message>
        <source>Record &amp;Conclusion…</source>
        <translation>Cofnodi ca&amp;sgliad…</translation>
    </message>
    <message>
        <source>S&amp;ubmit for Verification…</source>
        <translation>C&amp;yflwyno i&apos;w ddilysu…</translation>
    </message>
    <message>
        <source>Record &amp;Verification…</source>
        <translation>Cofnodi d&amp;ilysiad…</translation>
    </message>
    <message>
        <source>Resolve Con&amp;flict…</source>
        <translation>Datrys y &amp;gwrthdaro…</translation>
    </message>
    <message>
        <source>Open in Mark Viewer</source>
        <translation>Agor yn y gwyliwr olion</translation>
    </message>
    <message>
        <source>Open the mark to zoom, enhance and mark up its features (%1)</source>
        <translation>Agor yr ôl i&apos;w chwyddo, ei wella a marcio ei nodweddion (%1)</translation>
    </message>
    <message>
        <source>Open the mark to zoom, enhance and mark up its features</source>
        <translation>Agor yr ôl i&apos;w chwyddo, ei wella a marcio ei nodweddion</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>Read the mark&apos;s casework from the workspace again (F5)</source>
        <translation>Darllen gwaith achos yr ôl o&apos;r gweithle eto (F5)</translation>
    </message>
    <message>
        <source>Read the mark&apos;s casework from the workspace again</source>
        <translation>Darllen gwaith achos yr ôl o&apos;r gweithle eto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close the casework panel (Esc)</source>
        <translation>Cau panel y gwaith achos (Esc)</translation>
    </message>
    <message>
        <source>Close the casework panel; nothing is lost, every step is already stored</source>
        <translation>Cau panel y gwaith achos; ni chollir dim, mae pob cam wedi&apos;i storio eisoes</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Nid yw ar gael: %2</translation>
    </message>
    <message>
        <source>Changed in another session: %1</source>
        <translation>Newidiwyd mewn sesiwn arall: %1</translation>
    </message>
    <message>
        <source>Mark Casework — %1</source>
        <translation>Gwaith achos yr ôl — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case %1, received %2</source>
        <translation>Achos %1, derbyniwyd %2</translation>
    </message>
    <message>
        <source>The mark&apos;s ACE-V stage</source>
        <translation>Cam ACE-V yr ôl</translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation>am %1, ers %2</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Archwiliwr: %1</translation>
    </message>
    <message>
        <source>Verifier: %1</source>
        <translation>Dilysydd: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Each step names the version it was based on; a change made meanwhile in another session is refused, never overwritten</source>
        <translation>Mae pob cam yn enwi&apos;r fersiwn y seiliwyd ef arni; caiff newid a wnaed yn y cyfamser mewn sesiwn arall ei wrthod, nid ei drosysgrifo</translation>
    </message>
    <message>
        <source>Withheld from you: %1.</source>
        <translation>Ataliwyd rhagoch: %1.</translation>
    </message>
    <message>
        <source>The analysis %1 committed on %2 (snapshot SHA-256 %3) is withheld from you until you have recorded your own verification: blind verification.</source>
        <translation>Caiff y dadansoddiad a gadarnhaodd %1 ar %2 (SHA-256 y ciplun %3) ei atal rhagoch nes i chi gofnodi eich dilysiad eich hun: dilysu dall.</translation>
    </message>
    <message>
        <source>The analysis has not been committed yet. Mark up the features in the mark viewer, then commit the analysis here with the value decision; exemplars of the case stay hidden until then.</source>
        <translation>Nid yw&apos;r dadansoddiad wedi&apos;i gadarnhau eto. Marciwch y nodweddion yn y gwyliwr olion, yna cadarnhewch y dadansoddiad yma gyda&apos;r penderfyniad gwerth; mae enghreifftiau&apos;r achos yn aros yn gudd tan hynny.</translation>
    </message>
    <message>
        <source>The analysis is not shown to you.</source>
        <translation>Nid yw&apos;r dadansoddiad yn cael ei ddangos i chi.</translation>
    </message>
    <message>
        <source>markup revision %1</source>
        <translation>fersiwn %1 o&apos;r marcio</translation>
    </message>
    <message>
        <source>no markup was recorded</source>
        <translation>ni chofnodwyd unrhyw farcio</translation>
    </message>
    <message>
        <source>Yes: an exemplar of the case was first seen %1, before this analysis</source>
        <translation>Do: gwelwyd enghraifft o&apos;r achos am y tro cyntaf ar %1, cyn y dadansoddiad hwn</translation>
    </message>
    <message>
        <source>No exemplar of the case had been seen</source>
        <translation>Nid oedd unrhyw enghraifft o&apos;r achos wedi&apos;i gweld</translation>
    </message>
    <message>
        <source>No exemplar of the case has been seen</source>
        <translation>Nid oes unrhyw enghraifft o&apos;r achos wedi&apos;i gweld</translation>
    </message>
    <message>
        <source>%1 (blind)</source>
        <translation>%1 (dall)</translation>
    </message>
    <message>
        <source>Basis of the %1 by %2: %3</source>
        <translation>Sail y %1 gan %2: %3</translation>
    </message>
    <message>
        <source>No conclusion you may see has been recorded.</source>
        <translation>Nid oes casgliad y cewch ei weld wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution&lt;/b&gt; by %1, %2.&lt;br&gt;Re-examined: %3&lt;br&gt;Outcome: %4&lt;br&gt;The conclusion that stands: &lt;b&gt;%5&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Datrysiad&lt;/b&gt; gan %1, %2.&lt;br&gt;Ailarchwiliwyd: %3&lt;br&gt;Canlyniad: %4&lt;br&gt;Y casgliad sy&apos;n sefyll: &lt;b&gt;%5&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Verification exempted by %1: %2</source>
        <translation>Eithriwyd rhag dilysu gan %1: %2</translation>
    </message>
    <message>
        <source>Co&amp;nclusions (%1)</source>
        <translation>&amp;Casgliadau (%1)</translation>
    </message>
    <message>
        <source>moved %1 px</source>
        <translation>symudwyd %1 px</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>roedd yn %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Nodwedd %1</translation>
    </message>
    <message>
        <source>Changes are listed against the analysis snapshot once the analysis is committed.</source>
        <translation>Caiff newidiadau eu rhestru yn erbyn ciplun y dadansoddiad unwaith y bydd y dadansoddiad wedi&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>The newest committed markup is as the analysis snapshot recorded it (revision %1). Changes kept only as your draft are listed once committed.</source>
        <translation>Mae&apos;r marcio diweddaraf a gadarnhawyd fel y&apos;i cofnodwyd yng nghiplun y dadansoddiad (fersiwn %1). Caiff newidiadau sydd wedi&apos;u cadw fel eich drafft yn unig eu rhestru unwaith y cânt eu cadarnhau.</translation>
    </message>
    <message>
        <source>Changes in the newest committed markup since the analysis snapshot (revision %1): %2, each flagged.</source>
        <translation>Newidiadau yn y marcio diweddaraf a gadarnhawyd ers ciplun y dadansoddiad (fersiwn %1): %2, pob un wedi&apos;i nodi.</translation>
    </message>
    <message>
        <source>Flagged C&amp;hanges (%1)</source>
        <translation>&amp;Newidiadau a nodwyd (%1)</translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation>&amp;Hanes (%1)</translation>
    </message>
    <message>
        <source>Begin Comparison — %1</source>
        <translation>Dechrau cymharu — %1</translation>
    </message>
    <message>
        <source>Begin the comparison of %1?</source>
        <translation>Dechrau cymharu %1?</translation>
    </message>
    <message>
        <source>The exemplars of the case become visible to you, and every change to the markup from now on is flagged against the analysis snapshot.</source>
        <translation>Bydd enghreifftiau&apos;r achos i&apos;w gweld gennych, a chaiff pob newid i&apos;r marcio o hyn ymlaen ei nodi yn erbyn ciplun y dadansoddiad.</translation>
    </message>
    <message>
        <source>&amp;Begin Comparison</source>
        <translation>&amp;Dechrau cymharu</translation>
    </message>
    <message>
        <source>Submit for Verification — %1</source>
        <translation>Cyflwyno i&apos;w ddilysu — %1</translation>
    </message>
    <message>
        <source>Submit %1 for verification?</source>
        <translation>Cyflwyno %1 i&apos;w ddilysu?</translation>
    </message>
    <message>
        <source>A second examiner verifies it blind: they do not see your markup, notes or conclusion until they have recorded their own.</source>
        <translation>Mae ail archwiliwr yn ei ddilysu&apos;n ddall: ni fyddant yn gweld eich marcio, eich nodiadau na&apos;ch casgliad nes iddynt gofnodi eu rhai eu hunain.</translation>
    </message>
    <message>
        <source>A second examiner verifies your conclusion.</source>
        <translation>Mae ail archwiliwr yn dilysu eich casgliad.</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Cyflwyno</translation>
    </message>
    <message>
        <source>Blind verification: the first examiner&apos;s conclusion, markup and notes are withheld until you have recorded yours. Reach your own conclusion from the mark and the exemplars.</source>
        <translation>Dilysu dall: caiff casgliad, marcio a nodiadau&apos;r archwiliwr cyntaf eu hatal rhagoch nes i chi gofnodi eich rhai chi. Dewch i&apos;ch casgliad eich hun o&apos;r ôl a&apos;r enghreifftiau.</translation>
    </message>
    <message>
        <source>The examiner concluded: %1 (%2). Basis: %3</source>
        <translation>Casgliad yr archwiliwr: %1 (%2). Sail: %3</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 gan %2: %3</translation>
    </message>
    <message>
        <source>Loading exemplars…</source>
        <translation>Wrthi&apos;n llwytho enghreifftiau…</translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseworkSteps</name>
    <message>
        <source>Start Analysis</source>
        <translation>Dechrau dadansoddi</translation>
    </message>
    <message>
        <source>Commit Analysis</source>
        <translation>Cadarnhau&apos;r dadansoddiad</translation>
    </message>
    <message>
        <source>Begin Comparison</source>
        <translation>Dechrau cymharu</translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation>Cofnodi casgliad</translation>
    </message>
    <message>
        <source>Submit for Verification</source>
        <translation>Cyflwyno i&apos;w ddilysu</translation>
    </message>
    <message>
        <source>Record Verification</source>
        <translation>Cofnodi dilysiad</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>Datrys y gwrthdaro</translation>
    </message>
    <message>
        <source>Take the mark and start its analysis; exemplars stay hidden until the analysis is committed</source>
        <translation>Cymryd yr ôl a dechrau ei ddadansoddi; mae&apos;r enghreifftiau&apos;n aros yn gudd nes bod y dadansoddiad wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Record the value decision and notes and commit the analysis; its snapshot of the markup becomes immutable</source>
        <translation>Cofnodi&apos;r penderfyniad gwerth a&apos;r nodiadau a chadarnhau&apos;r dadansoddiad; ni fydd modd newid ei giplun o&apos;r marcio wedyn</translation>
    </message>
    <message>
        <source>Open the exemplars of the case to comparison; markup changes from now on are flagged</source>
        <translation>Agor enghreifftiau&apos;r achos i&apos;w cymharu; caiff newidiadau i&apos;r marcio o hyn ymlaen eu nodi</translation>
    </message>
    <message>
        <source>Record your conclusion with its basis and the exemplar impression it refers to</source>
        <translation>Cofnodi eich casgliad gyda&apos;i sail a&apos;r argraff enghreifftiol y mae&apos;n cyfeirio ati</translation>
    </message>
    <message>
        <source>Hand the mark on for verification by a second examiner</source>
        <translation>Trosglwyddo&apos;r ôl i ail archwiliwr ei ddilysu</translation>
    </message>
    <message>
        <source>Record your own conclusion as the verifier; a different conclusion puts the mark in conflict</source>
        <translation>Cofnodi eich casgliad eich hun fel y dilysydd; mae casgliad gwahanol yn rhoi&apos;r ôl mewn gwrthdaro</translation>
    </message>
    <message>
        <source>Record what was re-examined, the outcome and the conclusion that stands</source>
        <translation>Cofnodi beth a ailarchwiliwyd, y canlyniad a&apos;r casgliad sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>The analysis found the mark of no value: it is not compared.</source>
        <translation>Canfu&apos;r dadansoddiad nad oes gwerth i&apos;r ôl: ni chaiff ei gymharu.</translation>
    </message>
    <message>
        <source>The examiner and the verifier of a mark do not resolve its conflict themselves.</source>
        <translation>Nid yw archwiliwr a dilysydd ôl yn datrys ei wrthdaro eu hunain.</translation>
    </message>
    <message>
        <source>Waiting for an examiner to start the analysis.</source>
        <translation>Yn aros i archwiliwr ddechrau&apos;r dadansoddiad.</translation>
    </message>
    <message>
        <source>Assigned to %1; waiting for the analysis to start.</source>
        <translation>Wedi&apos;i neilltuo i %1; yn aros i&apos;r dadansoddiad ddechrau.</translation>
    </message>
    <message>
        <source>Analysed as of no value by %1: not compared.</source>
        <translation>Dadansoddwyd fel un heb werth gan %1: heb ei gymharu.</translation>
    </message>
    <message>
        <source>Being examined by %1.</source>
        <translation>Yn cael ei archwilio gan %1.</translation>
    </message>
    <message>
        <source>an examiner</source>
        <translation>archwiliwr</translation>
    </message>
    <message>
        <source>Waiting for verification by a second examiner.</source>
        <translation>Yn aros i ail archwiliwr ei ddilysu.</translation>
    </message>
    <message>
        <source>Waiting for verification by an examiner other than %1.</source>
        <translation>Yn aros i archwiliwr heblaw %1 ei ddilysu.</translation>
    </message>
    <message>
        <source>In conflict: waiting for a resolution by someone who neither examined nor verified the mark.</source>
        <translation>Mewn gwrthdaro: yn aros am ddatrysiad gan rywun na wnaeth archwilio na dilysu&apos;r ôl.</translation>
    </message>
    <message>
        <source>The conflict is being resolved.</source>
        <translation>Mae&apos;r gwrthdaro&apos;n cael ei ddatrys.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s technical review and sign-off.</source>
        <translation>Yn aros am adolygiad technegol a chymeradwyaeth goruchwylydd.</translation>
    </message>
    <message>
        <source>Signed off.</source>
        <translation>Wedi&apos;i gymeradwyo.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Ar gau.</translation>
    </message>
    <message>
        <source>the basis of the conclusion in words</source>
        <translation>sail y casgliad mewn geiriau</translation>
    </message>
    <message>
        <source>the exemplar impression the %1 refers to</source>
        <translation>yr argraff enghreifftiol y mae&apos;r %1 yn cyfeirio ati</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Angen o hyd: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Symudwyd</translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation>Newidiwyd y math</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Golygwyd</translation>
    </message>
</context>
<context>
    <name>ridgeline::CommandLine</name>
    <message>
        <source>Ridgeline forensic mark examination workstation</source>
        <translation>Gweithfan archwilio olion fforensig Ridgeline</translation>
    </message>
    <message>
        <source>Workspace database to open.</source>
        <translation>Cronfa ddata&apos;r gweithle i&apos;w hagor.</translation>
    </message>
    <message>
        <source>User name to fill in.</source>
        <translation>Enw defnyddiwr i&apos;w lenwi.</translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the passphrase is read from the environment variable RIDGELINE_PASSPHRASE.</source>
        <translation>Mewngofnodi fel y defnyddiwr hwn heb y ddeialog; darllenir y cyfrinymadrodd o&apos;r newidyn amgylchedd RIDGELINE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to this file, then quit.</source>
        <translation>Cadw PNG o&apos;r ffenestr yn y ffeil hon, yna gadael.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Milieiliadau i aros cyn y sgrinlun.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Ymresymiad annisgwyl: %1</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds, not &quot;%1&quot;</source>
        <translation>Mae --screenshot-delay angen nifer o filieiliadau, nid &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ridgeline::ComparisonView</name>
    <message>
        <source>Mark</source>
        <translation>Ôl</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
</context>
<context>
    <name>ridgeline::ComparisonWindow</name>
    <message>
        <source>Comparison: %1[*]</source>
        <translation>Cymhariaeth: %1[*]</translation>
    </message>
    <message>
        <source>Reading the mark and the exemplar…</source>
        <translation>Wrthi&apos;n darllen yr ôl a&apos;r enghraifft…</translation>
    </message>
    <message>
        <source>An image could not be opened: %1</source>
        <translation>Nid oedd modd agor delwedd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Llywio</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom; nothing is changed</source>
        <translation>Llusgwch i symud, defnyddiwch yr olwyn i chwyddo; nid oes dim yn cael ei newid</translation>
    </message>
    <message>
        <source>&amp;Mark Features</source>
        <translation>&amp;Marcio nodweddion</translation>
    </message>
    <message>
        <source>Place, select and move features in the pane you click (Shift + letter chooses the type)</source>
        <translation>Gosod, dewis a symud nodweddion yn y paen rydych yn ei glicio (mae Shift + llythyren yn dewis y math)</translation>
    </message>
    <message>
        <source>&amp;Link Pairs</source>
        <translation>&amp;Cysylltu parau</translation>
    </message>
    <message>
        <source>Click a feature (or an empty place, to add one) in each pane to link them as a numbered pair</source>
        <translation>Cliciwch nodwedd (neu le gwag, i ychwanegu un) ym mhob paen i&apos;w cysylltu fel pâr wedi&apos;i rifo</translation>
    </message>
    <message>
        <source>Mark &amp;Non-correspondence</source>
        <translation>Marcio &amp;anghyfatebiaeth</translation>
    </message>
    <message>
        <source>Click a point, or three or more for an area, then Return: something that is not in the other print</source>
        <translation>Cliciwch bwynt, neu dri neu ragor ar gyfer ardal, yna Return: rhywbeth nad yw yn y ddelwedd arall</translation>
    </message>
    <message>
        <source>Mark &amp;Unclear Area</source>
        <translation>Marcio ardal a&amp;neglur</translation>
    </message>
    <message>
        <source>Click a point, or three or more for an area, then Return: a part that cannot be compared</source>
        <translation>Cliciwch bwynt, neu dri neu ragor ar gyfer ardal, yna Return: rhan nad oes modd ei chymharu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Lin&amp;k Views</source>
        <translation>Cysylltu&apos;r &amp;golygon</translation>
    </message>
    <message>
        <source>Pan, zoom and turn both panes together (through the alignment when there is one)</source>
        <translation>Symud, chwyddo a throi&apos;r ddau baen gyda&apos;i gilydd (drwy&apos;r aliniad pan fo un)</translation>
    </message>
    <message>
        <source>Connecting &amp;Lines</source>
        <translation>&amp;Llinellau cysylltu</translation>
    </message>
    <message>
        <source>Draw a line between the two features of each pair</source>
        <translation>Llunio llinell rhwng dwy nodwedd pob pâr</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Alinio</translation>
    </message>
    <message>
        <source>Compute the transform from the mark to the exemplar from the pairs (robust to a wrong pair)</source>
        <translation>Cyfrifo&apos;r trawsffurfiad o&apos;r ôl i&apos;r enghraifft o&apos;r parau (mae&apos;n goddef pâr anghywir)</translation>
    </message>
    <message>
        <source>Aligned: %1</source>
        <translation>Aliniwyd: %1</translation>
    </message>
    <message>
        <source>Clear Alignment</source>
        <translation>Clirio&apos;r aliniad</translation>
    </message>
    <message>
        <source>Forget the alignment</source>
        <translation>Anghofio&apos;r aliniad</translation>
    </message>
    <message>
        <source>Find &amp;Matcher&apos;s Pairs</source>
        <translation>Canfod parau&apos;r &amp;offeryn paru</translation>
    </message>
    <message>
        <source>Let the matcher propose corresponding minutiae (shown as tool-made, never as your pairs)</source>
        <translation>Gadael i&apos;r offeryn paru gynnig manylion cyfatebol (a ddangosir fel gwaith yr offeryn, byth fel eich parau chi)</translation>
    </message>
    <message>
        <source>Show Matcher&apos;s Pairs</source>
        <translation>Dangos parau&apos;r offeryn paru</translation>
    </message>
    <message>
        <source>Show or hide the matcher&apos;s candidate pairs (orange, T1, T2, …)</source>
        <translation>Dangos neu guddio&apos;r parau posibl a gynigir gan yr offeryn paru (oren, T1, T2, …)</translation>
    </message>
    <message>
        <source>Align from Matcher&apos;s Pairs</source>
        <translation>Alinio o barau&apos;r offeryn paru</translation>
    </message>
    <message>
        <source>Compute the alignment from the matcher&apos;s candidate pairs</source>
        <translation>Cyfrifo&apos;r aliniad o&apos;r parau posibl a gynigir gan yr offeryn paru</translation>
    </message>
    <message>
        <source>Aligned from the matcher&apos;s pairs: %1</source>
        <translation>Aliniwyd o barau&apos;r offeryn paru: %1</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Troshaen</translation>
    </message>
    <message>
        <source>Show the mark laid over the exemplar through the alignment in the right pane</source>
        <translation>Dangos yr ôl wedi&apos;i osod dros yr enghraifft drwy&apos;r aliniad yn y paen de</translation>
    </message>
    <message>
        <source>Unlink Pair</source>
        <translation>Datgysylltu&apos;r pâr</translation>
    </message>
    <message>
        <source>Remove the selected pair (its features stay)</source>
        <translation>Tynnu&apos;r pâr a ddewiswyd (mae ei nodweddion yn aros)</translation>
    </message>
    <message>
        <source>Renumber Pairs</source>
        <translation>Ailrifo&apos;r parau</translation>
    </message>
    <message>
        <source>Close the gaps: number the pairs 1, 2, 3, … in order</source>
        <translation>Cau&apos;r bylchau: rhifo&apos;r parau 1, 2, 3, … yn eu trefn</translation>
    </message>
    <message>
        <source>&amp;Commit Comparison Revision</source>
        <translation>&amp;Cadarnhau fersiwn o&apos;r gymhariaeth</translation>
    </message>
    <message>
        <source>Store the mark&apos;s markup and this comparison as their next committed revisions</source>
        <translation>Storio marcio&apos;r ôl a&apos;r gymhariaeth hon fel eu fersiynau nesaf wedi&apos;u cadarnhau</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>&amp;Allforio&apos;r gymhariaeth…</translation>
    </message>
    <message>
        <source>Write the comparison with both markups as a ridgeline-comparison-bundle JSON file</source>
        <translation>Ysgrifennu&apos;r gymhariaeth, gyda&apos;r ddau farcio, fel ffeil JSON ridgeline-comparison-bundle</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>Close the comparison (your work is kept as a draft)</source>
        <translation>Cau&apos;r gymhariaeth (caiff eich gwaith ei gadw fel drafft)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Go&amp;lygu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Cymhariaeth</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <source>The type of feature a click places (Shift + its letter in the pane)</source>
        <translation>Y math o nodwedd y mae clic yn ei gosod (Shift + ei llythyren yn y paen)</translation>
    </message>
    <message>
        <source>Feature type</source>
        <translation>Math o nodwedd</translation>
    </message>
    <message>
        <source>View and Overlay</source>
        <translation>Golwg a throshaen</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Tebygrwydd</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>Affin</translation>
    </message>
    <message>
        <source>Similarity: turn, scale and shift only (2+ pairs). Affine: also stretch and shear (3+ pairs)</source>
        <translation>Tebygrwydd: troi, graddio a symud yn unig (2+ pâr). Affin: hefyd ymestyn a gwyro (3+ pâr)</translation>
    </message>
    <message>
        <source>Alignment kind</source>
        <translation>Math o aliniad</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Cymysgu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Fflachio</translation>
    </message>
    <message>
        <source>Blend: the mark over the exemplar by the slider. Difference: black where they agree. Colour: mark magenta, exemplar green, both black. Flicker: one then the other</source>
        <translation>Cymysgu: yr ôl dros yr enghraifft, i&apos;r graddau a osodir gan y llithrydd. Gwahaniaeth: du lle maent yn cytuno. Lliw: yr ôl yn fagenta, yr enghraifft yn wyrdd, y ddau yn ddu. Fflachio: y naill ac yna&apos;r llall</translation>
    </message>
    <message>
        <source>Overlay mode</source>
        <translation>Modd troshaen</translation>
    </message>
    <message>
        <source>Blend: 0 shows the exemplar only, 100 the mark only</source>
        <translation>Cymysgu: mae 0 yn dangos yr enghraifft yn unig, 100 yr ôl yn unig</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ôl</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>The numbered pairs; select one to centre both panes on it, Delete to unlink it</source>
        <translation>Y parau wedi&apos;u rhifo; dewiswch un i ganoli&apos;r ddau baen arno, Delete i&apos;w ddatgysylltu</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Datgysylltu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Non-correspondences and unclear areas&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anghyfatebiaethau ac ardaloedd aneglur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Ochr</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Remove the selected annotation</source>
        <translation>Dileu&apos;r anodiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aliniad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not aligned.</source>
        <translation>Heb ei alinio.</translation>
    </message>
    <message>
        <source>Pair %1 linked.</source>
        <translation>Cysylltwyd pâr %1.</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Allforio&apos;r gymhariaeth</translation>
    </message>
    <message>
        <source>Comparison bundle (*.json)</source>
        <translation>Bwndel cymharu (*.json)</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu&apos;r gymhariaeth i %1: %2</translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation>Ysgrifennwyd y gymhariaeth i %1.</translation>
    </message>
    <message>
        <source>The images are not open yet.</source>
        <translation>Nid yw&apos;r delweddau ar agor eto.</translation>
    </message>
    <message>
        <source>No alignment from the pairs: %1</source>
        <translation>Dim aliniad o&apos;r parau: %1</translation>
    </message>
    <message>
        <source>pair %1 (%2 px)</source>
        <translation>pâr %1 (%2 px)</translation>
    </message>
    <message>
        <source>Left out as not fitting: %1</source>
        <translation>Wedi&apos;u hepgor am nad ydynt yn ffitio: %1</translation>
    </message>
    <message>
        <source>No alignment from the matcher&apos;s pairs: %1</source>
        <translation>Dim aliniad o barau&apos;r offeryn paru: %1</translation>
    </message>
    <message>
        <source>from the matcher&apos;s pairs (tool-made)</source>
        <translation>o barau&apos;r offeryn paru (gan yr offeryn)</translation>
    </message>
    <message numerus="yes">
        <source>from %n pair(s)</source>
        <translation>
            <numerusform>o %n pâr</numerusform>
            <numerusform>o %n pâr</numerusform>
            <numerusform>o %n pâr</numerusform>
            <numerusform>o %n pâr</numerusform>
            <numerusform>o %n pâr</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: scale %3, turned %4°%5</source>
        <translation>%1, %2: graddfa %3, wedi&apos;i droi %4°%5</translation>
    </message>
    <message>
        <source>, mirrored</source>
        <translation>, wedi&apos;i adlewyrchu</translation>
    </message>
    <message>
        <source>; RMS residual %1 px</source>
        <translation>; gweddill RMS %1 px</translation>
    </message>
    <message numerus="yes">
        <source>; %n pair(s) not used</source>
        <translation>
            <numerusform>; ni ddefnyddiwyd %n pâr</numerusform>
            <numerusform>; ni ddefnyddiwyd %n pâr</numerusform>
            <numerusform>; ni ddefnyddiwyd %n pâr</numerusform>
            <numerusform>; ni ddefnyddiwyd %n pâr</numerusform>
            <numerusform>; ni ddefnyddiwyd %n pâr</numerusform>
        </translation>
    </message>
    <message>
        <source>The matcher is looking for corresponding minutiae…</source>
        <translation>Mae&apos;r offeryn paru yn chwilio am fanylion cyfatebol…</translation>
    </message>
    <message>
        <source>The matcher was stopped.</source>
        <translation>Ataliwyd yr offeryn paru.</translation>
    </message>
    <message>
        <source>The matcher failed: %1</source>
        <translation>Methodd yr offeryn paru: %1</translation>
    </message>
    <message>
        <source>The matcher found no corresponding minutiae. %1</source>
        <translation>Ni chanfu&apos;r offeryn paru unrhyw fanylion cyfatebol. %1</translation>
    </message>
    <message numerus="yes">
        <source>The matcher proposes %n pair(s) (orange, tool-made; not your correspondences).</source>
        <translation>
            <numerusform>Mae&apos;r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi).</numerusform>
            <numerusform>Mae&apos;r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi).</numerusform>
            <numerusform>Mae&apos;r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi).</numerusform>
            <numerusform>Mae&apos;r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi).</numerusform>
            <numerusform>Mae&apos;r offeryn paru yn cynnig %n pâr (oren, gan yr offeryn; nid eich cyfatebiaethau chi).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2, %3</source>
        <translation>%1 gyda %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside &lt;b&gt;%2&lt;/b&gt;: %3, %4 (%5), exhibit %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wrth ochr &lt;b&gt;%2&lt;/b&gt;: %3, %4 (%5), arddangosyn %6</translation>
    </message>
    <message>
        <source>rolled</source>
        <translation>wedi&apos;i rholio</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gwastad</translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <source>This comparison cannot be opened: %1</source>
        <translation>Nid oes modd agor y gymhariaeth hon: %1</translation>
    </message>
    <message>
        <source>The mark %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen yr ôl %1: %2</translation>
    </message>
    <message>
        <source>The exemplar could not be read: %1</source>
        <translation>Nid oedd modd darllen yr enghraifft: %1</translation>
    </message>
    <message>
        <source>The stored markup of %1 could not be read and was left as it is: %2</source>
        <translation>Nid oedd modd darllen y marcio a gadwyd ar gyfer %1, ac fe&apos;i gadawyd fel y mae: %2</translation>
    </message>
    <message>
        <source>it is of another image</source>
        <translation>mae&apos;n perthyn i ddelwedd arall</translation>
    </message>
    <message>
        <source>The stored comparison could not be read and was left as it is: %1</source>
        <translation>Nid oedd modd darllen y gymhariaeth a gadwyd, ac fe&apos;i gadawyd fel y mae: %1</translation>
    </message>
    <message>
        <source>The comparison is already open.</source>
        <translation>Mae&apos;r gymhariaeth ar agor eisoes.</translation>
    </message>
    <message>
        <source>The stored markup is of an image of another size than the one opened.</source>
        <translation>Mae&apos;r marcio a gadwyd yn perthyn i ddelwedd o faint gwahanol i&apos;r un a agorwyd.</translation>
    </message>
    <message>
        <source>The stored comparison could not be opened: %1</source>
        <translation>Nid oedd modd agor y gymhariaeth a gadwyd: %1</translation>
    </message>
    <message>
        <source>Pairs %1 were left out: their features are no longer in the mark&apos;s markup.</source>
        <translation>Hepgorwyd parau %1: nid yw eu nodweddion ym marcio&apos;r ôl mwyach.</translation>
    </message>
    <message>
        <source>Your comparison could not be saved as a draft: %1</source>
        <translation>Nid oedd modd cadw eich cymhariaeth fel drafft: %1</translation>
    </message>
    <message>
        <source>Committing the comparison…</source>
        <translation>Wrthi&apos;n cadarnhau&apos;r gymhariaeth…</translation>
    </message>
    <message>
        <source>The comparison could not be committed: %1</source>
        <translation>Nid oedd modd cadarnhau&apos;r gymhariaeth: %1</translation>
    </message>
    <message>
        <source>Comparison revision %1 committed (with markup revision %2 of the mark).</source>
        <translation>Cadarnhawyd fersiwn %1 o&apos;r gymhariaeth (gyda fersiwn %2 o farcio&apos;r ôl).</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside mark &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wrth ochr yr ôl &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Court C&amp;hart…</source>
        <translation>&amp;Siart llys…</translation>
    </message>
    <message>
        <source>Preview, export or print the court chart of this mark from its committed comparison</source>
        <translation>Rhagweld, allforio neu argraffu siart llys yr ôl hwn o&apos;i gymhariaeth a gadarnhawyd</translation>
    </message>
</context>
<context>
    <name>ridgeline::ConclusionFields</name>
    <message>
        <source>What you compared and why it supports the conclusion</source>
        <translation>Beth a gymharwyd gennych a pham mae&apos;n cefnogi&apos;r casgliad</translation>
    </message>
    <message>
        <source>&amp;Identification</source>
        <translation>&amp;Adnabod</translation>
    </message>
    <message>
        <source>The mark and the exemplar impression come from the same source</source>
        <translation>Mae&apos;r ôl a&apos;r argraff enghreifftiol yn dod o&apos;r un ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Exclusion</source>
        <translation>A&amp;llgáu</translation>
    </message>
    <message>
        <source>The mark and the exemplar impression come from different sources</source>
        <translation>Mae&apos;r ôl a&apos;r argraff enghreifftiol yn dod o ffynonellau gwahanol</translation>
    </message>
    <message>
        <source>I&amp;nconclusive</source>
        <translation>A&amp;mhendant</translation>
    </message>
    <message>
        <source>Neither an identification nor an exclusion can be reached</source>
        <translation>Nid oes modd dod i gasgliad o adnabod nac o allgáu</translation>
    </message>
    <message>
        <source>The exemplar impression an identification or exclusion refers to</source>
        <translation>Yr argraff enghreifftiol y mae adnabod neu allgáu yn cyfeirio ati</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Casgliad:</translation>
    </message>
    <message>
        <source>E&amp;xemplar impression:</source>
        <translation>Argraff &amp;enghreifftiol:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Sail:</translation>
    </message>
    <message>
        <source>Loading exemplars…</source>
        <translation>Wrthi&apos;n llwytho enghreifftiau…</translation>
    </message>
    <message>
        <source>The case has no exemplar impressions</source>
        <translation>Nid oes gan yr achos argraffiadau enghreifftiol</translation>
    </message>
    <message>
        <source>Choose the impression…</source>
        <translation>Dewiswch yr argraff…</translation>
    </message>
    <message>
        <source>Choose identification, exclusion or inconclusive.</source>
        <translation>Dewiswch adnabod, allgáu neu amhendant.</translation>
    </message>
    <message>
        <source>An identification or exclusion refers to an exemplar impression, and there is none to choose: %1.</source>
        <translation>Mae adnabod neu allgáu yn cyfeirio at argraff enghreifftiol, ac nid oes un i&apos;w dewis: %1.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ConclusionFormDialog</name>
    <message>
        <source>Record Verification — %1</source>
        <translation>Cofnodi dilysiad — %1</translation>
    </message>
    <message>
        <source>Record Conclusion — %1</source>
        <translation>Cofnodi casgliad — %1</translation>
    </message>
    <message>
        <source>&amp;Record Verification</source>
        <translation>&amp;Cofnodi&apos;r dilysiad</translation>
    </message>
    <message>
        <source>&amp;Record Conclusion</source>
        <translation>&amp;Cofnodi&apos;r casgliad</translation>
    </message>
    <message>
        <source>Store your verification; it cannot be changed afterwards</source>
        <translation>Storio eich dilysiad; nid oes modd ei newid wedyn</translation>
    </message>
    <message>
        <source>Store your conclusion; it cannot be changed afterwards</source>
        <translation>Storio eich casgliad; nid oes modd ei newid wedyn</translation>
    </message>
</context>
<context>
    <name>ridgeline::CorrespondenceTool</name>
    <message>
        <source>That point is outside the image.</source>
        <translation>Mae&apos;r pwynt hwnnw y tu allan i&apos;r ddelwedd.</translation>
    </message>
    <message>
        <source>Place and link %1</source>
        <translation>Gosod a chysylltu %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Gosod %1</translation>
    </message>
    <message>
        <source>An area needs at least three points; one point marks a place.</source>
        <translation>Mae ardal angen o leiaf dri phwynt; mae un pwynt yn marcio lle.</translation>
    </message>
</context>
<context>
    <name>ridgeline::CourtChartPdf</name>
    <message>
        <source>×%1 natural size</source>
        <translation>×%1 maint naturiol</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>%1 × %2 pixels from (%3, %4) of the original, every pixel embedded</source>
        <translation>%1 × %2 picsel o (%3, %4) yn y gwreiddiol, pob picsel wedi&apos;i fewnosod</translation>
    </message>
    <message>
        <source>Not calibrated: no scale can be stated</source>
        <translation>Heb ei raddnodi: nid oes modd nodi graddfa</translation>
    </message>
    <message>
        <source>%1 ppi (%2 pixels per millimetre)</source>
        <translation>%1 ppi (%2 picsel y milimetr)</translation>
    </message>
    <message>
        <source>Mark (left)</source>
        <translation>Ôl (chwith)</translation>
    </message>
    <message>
        <source>Exemplar (right)</source>
        <translation>Enghraifft (de)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <source>Original SHA-256</source>
        <translation>SHA-256 y gwreiddiol</translation>
    </message>
    <message>
        <source>Displayed image SHA-256</source>
        <translation>SHA-256 y ddelwedd a ddangosir</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Graddnodi</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>Corresponding features: %1, numbered the same on both images</source>
        <translation>Nodweddion cyfatebol: %1, wedi&apos;u rhifo&apos;r un fath ar y ddwy ddelwedd</translation>
    </message>
    <message>
        <source>No areas noted.</source>
        <translation>Dim ardaloedd wedi&apos;u nodi.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation>Gwella</translation>
    </message>
    <message>
        <source>No enhancement: the original is shown</source>
        <translation>Dim gwella: dangosir y gwreiddiol</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Casgliad</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Key fingerprint or record hash</source>
        <translation>Bysbrint yr allwedd neu stwnsh y cofnod</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>COURT CHART</source>
        <translation>SIART LLYS</translation>
    </message>
    <message>
        <source>Case %1   ·   Exhibit %2</source>
        <translation>Achos %1   ·   Arddangosyn %2</translation>
    </message>
    <message>
        <source>Both images are printed at %1 on A3 paper. The rulers show millimetres at natural size and remain correct if the chart is printed at another size.</source>
        <translation>Mae&apos;r ddwy ddelwedd wedi&apos;u hargraffu ar %1 ar bapur A3. Mae&apos;r prennau mesur yn dangos milimetrau ar faint naturiol ac maent yn dal yn gywir os caiff y siart ei argraffu ar faint arall.</translation>
    </message>
    <message>
        <source>At this magnification only part of an image fits: the part around the numbered features is shown.</source>
        <translation>Ar y chwyddiad hwn dim ond rhan o ddelwedd sy&apos;n ffitio: dangosir y rhan o amgylch y nodweddion wedi&apos;u rhifo.</translation>
    </message>
    <message>
        <source>No scale can be stated: %1 not calibrated. Each image is printed to fit its panel and no ruler is drawn.</source>
        <translation>Nid oes modd nodi graddfa: %1. Caiff pob delwedd ei hargraffu i ffitio ei phanel ac ni lunnir pren mesur.</translation>
    </message>
    <message>
        <source>neither image is</source>
        <translation>nid yw&apos;r naill ddelwedd na&apos;r llall wedi&apos;i graddnodi</translation>
    </message>
    <message>
        <source>the mark is</source>
        <translation>nid yw&apos;r ôl wedi&apos;i raddnodi</translation>
    </message>
    <message>
        <source>the exemplar is</source>
        <translation>nid yw&apos;r enghraifft wedi&apos;i graddnodi</translation>
    </message>
    <message>
        <source>MARK  %1</source>
        <translation>ÔL  %1</translation>
    </message>
    <message>
        <source>not to scale</source>
        <translation>nid wrth raddfa</translation>
    </message>
    <message>
        <source>EXEMPLAR  %1</source>
        <translation>ENGHRAIFFT  %1</translation>
    </message>
    <message>
        <source>Court chart (continued): %1 · Case %2</source>
        <translation>Siart llys (parhad): %1 · Achos %2</translation>
    </message>
    <message>
        <source>The court chart of exhibit %1</source>
        <translation>siart llys arddangosyn %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::Dashboard</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2. Dewiswch ffolder neu enw ffeil arall.</translation>
    </message>
    <message>
        <source>Could not write %1: the chart %2 has no figures yet. Wait until the dashboard has finished computing.</source>
        <translation>Nid oedd modd ysgrifennu %1: nid oes gan y siart %2 ffigurau eto. Arhoswch nes bod y dangosfwrdd wedi gorffen cyfrifo.</translation>
    </message>
    <message>
        <source>Could not write %1: the chart could not be drawn as PNG.</source>
        <translation>Nid oedd modd ysgrifennu %1: nid oedd modd llunio&apos;r siart fel PNG.</translation>
    </message>
    <message>
        <source>Open cases by ACE-V stage</source>
        <translation>Achosion agored fesul cam ACE-V</translation>
    </message>
    <message>
        <source>Stage of the case&apos;s least advanced mark</source>
        <translation>Cam yr ôl lleiaf datblygedig yn yr achos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation>Dim achosion agored.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Age of marks waiting, by stage</source>
        <translation>Oed yr olion sy&apos;n aros, fesul cam</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Days in the stage</source>
        <translation>Dyddiau ar y cam</translation>
    </message>
    <message>
        <source>No marks are waiting.</source>
        <translation>Nid oes unrhyw olion yn aros.</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Canolrif (dyddiau)</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Hynaf (dyddiau)</translation>
    </message>
    <message>
        <source>Marks waiting</source>
        <translation>Olion yn aros</translation>
    </message>
    <message>
        <source>Turnaround from capture to sign-off</source>
        <translation>Amser cwblhau o&apos;r cipio i&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <source>Days from capture to sign-off</source>
        <translation>Dyddiau o&apos;r cipio i&apos;r gymeradwyaeth</translation>
    </message>
    <message>
        <source>Marks signed off</source>
        <translation>Olion wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation>Llai nag 1 diwrnod</translation>
    </message>
    <message>
        <source>1 to 2 days</source>
        <translation>1 i 2 ddiwrnod</translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation>2 i 7 diwrnod</translation>
    </message>
    <message>
        <source>1 to 2 weeks</source>
        <translation>1 i 2 wythnos</translation>
    </message>
    <message>
        <source>2 to 4 weeks</source>
        <translation>2 i 4 wythnos</translation>
    </message>
    <message>
        <source>4 weeks or more</source>
        <translation>4 wythnos neu fwy</translation>
    </message>
    <message>
        <source>No marks were signed off in this period.</source>
        <translation>Ni chymeradwywyd unrhyw olion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Olion</translation>
    </message>
    <message>
        <source>Turnaround by month of sign-off</source>
        <translation>Amser cwblhau fesul mis y gymeradwyaeth</translation>
    </message>
    <message>
        <source>Month of sign-off</source>
        <translation>Mis y gymeradwyaeth</translation>
    </message>
    <message>
        <source>Mean (days)</source>
        <translation>Cymedr (dyddiau)</translation>
    </message>
    <message>
        <source>Workload per examiner</source>
        <translation>Llwyth gwaith fesul archwiliwr</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>No examiner has marks in hand or concluded any in this period.</source>
        <translation>Nid oes gan unrhyw archwiliwr olion ar y gweill, ac ni ddaeth neb i gasgliad ar unrhyw ôl yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation>Heb ei gymryd eto</translation>
    </message>
    <message>
        <source>In hand now</source>
        <translation>Ar y gweill nawr</translation>
    </message>
    <message>
        <source>Concluded in period</source>
        <translation>Casgliad wedi&apos;i gofnodi yn y cyfnod</translation>
    </message>
    <message>
        <source>Verified in period</source>
        <translation>Wedi&apos;u dilysu yn y cyfnod</translation>
    </message>
    <message>
        <source>Conclusions by type</source>
        <translation>Casgliadau fesul math</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Casgliad</translation>
    </message>
    <message>
        <source>Conclusions recorded</source>
        <translation>Casgliadau a gofnodwyd</translation>
    </message>
    <message>
        <source>No conclusions were recorded in this period.</source>
        <translation>Ni chofnodwyd unrhyw gasgliadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Examiner&apos;s evaluation</source>
        <translation>Gwerthusiad yr archwiliwr</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Resolution of a conflict</source>
        <translation>Datrys gwrthdaro</translation>
    </message>
    <message>
        <source>Conflicts over time</source>
        <translation>Gwrthdaro dros amser</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>No conflicts were raised or resolved in this period.</source>
        <translation>Ni chodwyd ac ni ddatryswyd unrhyw wrthdaro yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Conflicts raised</source>
        <translation>Gwrthdaro a godwyd</translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation>Gwrthdaro a ddatryswyd</translation>
    </message>
    <message>
        <source>Matcher scores: mated and non-mated</source>
        <translation>Sgoriau&apos;r offeryn paru: yr un bys a bysedd gwahanol</translation>
    </message>
    <message>
        <source>Exemplar search score</source>
        <translation>Sgôr chwilio&apos;r enghreifftiau</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Chwiliadau</translation>
    </message>
    <message>
        <source>No scores with known ground truth yet: a score counts once an examiner&apos;s identification or exclusion names the finger an exemplar search of the mark ranked first.</source>
        <translation>Dim sgoriau â gwirionedd hysbys eto: mae sgôr yn cyfrif unwaith y bydd adnabod neu allgáu gan archwiliwr yn enwi&apos;r bys a roddodd chwiliad enghreifftiau am yr ôl ar y brig.</translation>
    </message>
    <message>
        <source>Mated (identified)</source>
        <translation>Yr un bys (adnabod)</translation>
    </message>
    <message>
        <source>Non-mated (excluded)</source>
        <translation>Bysedd gwahanol (allgáu)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::DashboardChartPanel</name>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>All&amp;forio</translation>
    </message>
    <message>
        <source>Export this chart as a PNG image or its figures as CSV</source>
        <translation>Allforio&apos;r siart hwn fel delwedd PNG neu ei ffigurau fel CSV</translation>
    </message>
    <message>
        <source>Save this chart as an image or its figures as a CSV file for a spreadsheet</source>
        <translation>Cadw&apos;r siart hwn fel delwedd neu ei ffigurau fel ffeil CSV ar gyfer taenlen</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Allforio&apos;r siart fel &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as it is shown, as a PNG image</source>
        <translation>Cadw&apos;r siart fel y&apos;i dangosir, fel delwedd PNG</translation>
    </message>
    <message>
        <source>Export Figures as &amp;CSV…</source>
        <translation>Allforio&apos;r ffigurau fel &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the figures behind the chart as a CSV file</source>
        <translation>Cadw&apos;r ffigurau y tu ôl i&apos;r siart fel ffeil CSV</translation>
    </message>
    <message>
        <source>%1. Point at a bar or point for its exact value.</source>
        <translation>%1. Pwyntiwch at far neu bwynt i weld ei union werth.</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>Allforio %1 fel PNG</translation>
    </message>
    <message>
        <source>Export the figures of %1 as CSV</source>
        <translation>Allforio ffigurau %1 fel CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
</context>
<context>
    <name>ridgeline::DashboardView</name>
    <message>
        <source>Count sign-offs, conclusions, conflicts and searches from this day</source>
        <translation>Cyfrif cymeradwyaethau, casgliadau, gwrthdaro a chwiliadau o&apos;r diwrnod hwn ymlaen</translation>
    </message>
    <message>
        <source>Count sign-offs, conclusions, conflicts and searches up to this day</source>
        <translation>Cyfrif cymeradwyaethau, casgliadau, gwrthdaro a chwiliadau hyd at y diwrnod hwn</translation>
    </message>
    <message>
        <source>Show only the cases of one force</source>
        <translation>Dangos achosion un heddlu yn unig</translation>
    </message>
    <message>
        <source>Show only the cases of one offence</source>
        <translation>Dangos achosion un drosedd yn unig</translation>
    </message>
    <message>
        <source>Show only the marks one examiner took</source>
        <translation>Dangos yr olion a gymerodd un archwiliwr yn unig</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <source>F&amp;orce:</source>
        <translation>Hedd&amp;lu:</translation>
    </message>
    <message>
        <source>O&amp;ffence:</source>
        <translation>&amp;Trosedd:</translation>
    </message>
    <message>
        <source>E&amp;xaminer:</source>
        <translation>A&amp;rchwiliwr:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the workspace again (F5)</source>
        <translation>Darllen y gweithle eto (F5)</translation>
    </message>
    <message>
        <source>Read every case and mark from the workspace again and recompute the charts</source>
        <translation>Darllen pob achos ac ôl o&apos;r gweithle eto ac ailgyfrifo&apos;r siartiau</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau</translation>
    </message>
    <message>
        <source>All forces</source>
        <translation>Pob heddlu</translation>
    </message>
    <message>
        <source>All offences</source>
        <translation>Pob trosedd</translation>
    </message>
    <message>
        <source>All examiners</source>
        <translation>Pob archwiliwr</translation>
    </message>
    <message>
        <source>Cases: %1 · Marks: %2 · Read %3</source>
        <translation>Achosion: %1 · Olion: %2 · Darllenwyd %3</translation>
    </message>
</context>
<context>
    <name>ridgeline::DemoPackages</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Nid oes modd creu %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentDialog</name>
    <message>
        <source>Close the document (Esc)</source>
        <translation>Cau&apos;r ddogfen (Esc)</translation>
    </message>
    <message>
        <source>%1 — Ridgeline</source>
        <translation>%1 — Ridgeline</translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentPageView</name>
    <message>
        <source>Pages of the document. Ctrl+wheel zooms; Page Up and Page Down move by page.</source>
        <translation>Tudalennau&apos;r ddogfen. Mae Ctrl+olwyn yn chwyddo; mae Page Up a Page Down yn symud fesul tudalen.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Nid oes dogfen ar agor.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Wrthi&apos;n agor %1…</translation>
    </message>
    <message>
        <source>The document cannot be shown.
%1</source>
        <translation>Nid oes modd dangos y ddogfen.
%1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Tudalen %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchBar</name>
    <message>
        <source>Find in document</source>
        <translation>Canfod yn y ddogfen</translation>
    </message>
    <message>
        <source>Text to find, case ignored. Enter: next match; Shift+Enter: previous; Escape: close.</source>
        <translation>Testun i&apos;w ganfod, heb ystyried priflythrennau. Enter: y canlyniad nesaf; Shift+Enter: yr un blaenorol; Escape: cau.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Canlyniad blaenorol (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Canlyniad nesaf (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cau&apos;r bar canfod (Escape)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wrthi&apos;n chwilio…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Dim canlyniad</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Canlyniadau: %1</translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation>(wrthi&apos;n chwilio…)</translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchModel</name>
    <message>
        <source>p. %1: %2</source>
        <translation>t. %1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentViewer</name>
    <message>
        <source>Page thumbnails: click one to go to that page.</source>
        <translation>Mân-luniau&apos;r tudalennau: cliciwch un i fynd i&apos;r dudalen honno.</translation>
    </message>
    <message>
        <source>Go to the previous page (Page Up)</source>
        <translation>Mynd i&apos;r dudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <source>Go to the next page (Page Down)</source>
        <translation>Mynd i&apos;r dudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Maint gwirioneddol</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation>Chwyddo fel bod y dudalen yn llenwi&apos;r lled</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ffitio&apos;r dudalen</translation>
    </message>
    <message>
        <source>Zoom so that a whole page is visible</source>
        <translation>Chwyddo fel bod tudalen gyfan i&apos;w gweld</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <translation>Canfod testun yn y ddogfen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Canfod y nesaf</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Mynd i&apos;r canlyniad nesaf</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Canfod yr un blaenorol</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Mynd i&apos;r canlyniad blaenorol</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails</source>
        <translation>Dangos neu guddio mân-luniau&apos;r tudalennau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>The page in the middle of the view, and how many pages the document has</source>
        <translation>Y dudalen yng nghanol y golwg, a faint o dudalennau sydd yn y ddogfen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Zoom: choose a level or type a percentage from 50 to 400</source>
        <translation>Chwyddo: dewiswch lefel neu teipiwch ganran o 50 i 400</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Dim tudalennau</translation>
    </message>
    <message>
        <source>Zoom: %1%. Choose a level or type a percentage from 50 to 400</source>
        <translation>Chwyddo: %1%. Dewiswch lefel neu teipiwch ganran o 50 i 400</translation>
    </message>
</context>
<context>
    <name>ridgeline::Domain</name>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>Dan archwiliad</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Latent finger mark</source>
        <translation>Ôl bys cudd</translation>
    </message>
    <message>
        <source>Latent palm mark</source>
        <translation>Ôl cledr llaw cudd</translation>
    </message>
    <message>
        <source>Footwear mark</source>
        <translation>Ôl esgid</translation>
    </message>
    <message>
        <source>Scene photograph</source>
        <translation>Ffotograff o&apos;r lleoliad</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Dadansoddi</translation>
    </message>
    <message>
        <source>Analysis committed</source>
        <translation>Dadansoddiad wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Gwerthuso</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Datrys</translation>
    </message>
    <message>
        <source>Technical review</source>
        <translation>Adolygiad technegol</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Un a ddrwgdybir</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Dioddefwr</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Elimination</source>
        <translation>Diystyru</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Laboratory report</source>
        <translation>Adroddiad labordy</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Dogfen arall</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Mewn cwarantîn</translation>
    </message>
    <message>
        <source>Unknown finger</source>
        <translation>Bys anhysbys</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>Bawd de</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>Mynegfys de</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>Bys canol de</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>Bys modrwy de</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>Bys bach de</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>Bawd chwith</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>Mynegfys chwith</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>Bys canol chwith</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>Bys modrwy chwith</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>Bys bach chwith</translation>
    </message>
    <message>
        <source>Plain right thumb</source>
        <translation>Bawd de (argraff wastad)</translation>
    </message>
    <message>
        <source>Plain left thumb</source>
        <translation>Bawd chwith (argraff wastad)</translation>
    </message>
    <message>
        <source>Plain right four fingers</source>
        <translation>Pedwar bys de (argraff wastad)</translation>
    </message>
    <message>
        <source>Plain left four fingers</source>
        <translation>Pedwar bys chwith (argraff wastad)</translation>
    </message>
    <message>
        <source>Unknown palm</source>
        <translation>Cledr llaw anhysbys</translation>
    </message>
    <message>
        <source>Right full palm</source>
        <translation>Cledr cyfan, llaw dde</translation>
    </message>
    <message>
        <source>Right writer&apos;s palm</source>
        <translation>Cledr ysgrifennwr, llaw dde</translation>
    </message>
    <message>
        <source>Left full palm</source>
        <translation>Cledr cyfan, llaw chwith</translation>
    </message>
    <message>
        <source>Left writer&apos;s palm</source>
        <translation>Cledr ysgrifennwr, llaw chwith</translation>
    </message>
    <message>
        <source>Right lower palm</source>
        <translation>Cledr isaf, llaw dde</translation>
    </message>
    <message>
        <source>Right upper palm</source>
        <translation>Cledr uchaf, llaw dde</translation>
    </message>
    <message>
        <source>Left lower palm</source>
        <translation>Cledr isaf, llaw chwith</translation>
    </message>
    <message>
        <source>Left upper palm</source>
        <translation>Cledr uchaf, llaw chwith</translation>
    </message>
    <message>
        <source>Right other palm</source>
        <translation>Cledr arall, llaw dde</translation>
    </message>
    <message>
        <source>Left other palm</source>
        <translation>Cledr arall, llaw chwith</translation>
    </message>
    <message>
        <source>Right interdigital</source>
        <translation>Ardal ryngddigidol, llaw dde</translation>
    </message>
    <message>
        <source>Right thenar</source>
        <translation>Ardal thenar, llaw dde</translation>
    </message>
    <message>
        <source>Right hypothenar</source>
        <translation>Ardal hypothenar, llaw dde</translation>
    </message>
    <message>
        <source>Left interdigital</source>
        <translation>Ardal ryngddigidol, llaw chwith</translation>
    </message>
    <message>
        <source>Left thenar</source>
        <translation>Ardal thenar, llaw chwith</translation>
    </message>
    <message>
        <source>Left hypothenar</source>
        <translation>Ardal hypothenar, llaw chwith</translation>
    </message>
    <message>
        <source>Right grasp</source>
        <translation>Gafael, llaw dde</translation>
    </message>
    <message>
        <source>Left grasp</source>
        <translation>Gafael, llaw chwith</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarCandidateModel</name>
    <message>
        <source>more than 1 in 2</source>
        <translation>mwy nag 1 mewn 2</translation>
    </message>
    <message>
        <source>below the measured range</source>
        <translation>islaw&apos;r ystod a fesurwyd</translation>
    </message>
    <message>
        <source>1 in %L1</source>
        <translation>1 mewn %L1</translation>
    </message>
    <message>
        <source>(unknown case)</source>
        <translation>(achos anhysbys)</translation>
    </message>
    <message>
        <source>%1 paired minutiae. %2</source>
        <translation>Parwyd %1 manylyn. %2</translation>
    </message>
    <message>
        <source>Comparison score of the tool: 0 means nothing in common</source>
        <translation>Sgôr cymharu&apos;r offeryn: mae 0 yn golygu dim byd yn gyffredin</translation>
    </message>
    <message>
        <source>Minutiae of the mark paired with minutiae of the exemplar</source>
        <translation>Manylion yr ôl wedi&apos;u paru â manylion yr enghraifft</translation>
    </message>
    <message>
        <source>Estimated share of different-finger comparisons scoring at least this high (tool-derived, synthetic data)</source>
        <translation>Cyfran amcangyfrifedig y cymariaethau rhwng bysedd gwahanol sy&apos;n sgorio o leiaf mor uchel â hyn (gan yr offeryn, data synthetig)</translation>
    </message>
    <message>
        <source>Score-based likelihood ratio (tool-derived, synthetic data); not an examiner&apos;s conclusion</source>
        <translation>Cymhareb tebygolrwydd ar sail sgôr (gan yr offeryn, data synthetig); nid casgliad archwiliwr</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Bys</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Wedi&apos;u paru</translation>
    </message>
    <message>
        <source>Est. false-match rate</source>
        <translation>Cyfradd cyfatebiaeth ffug (amcan.)</translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation>Cymhareb tebygolrwydd</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarCardView</name>
    <message>
        <source>Tenprint card</source>
        <translation>Cerdyn olion deg bys</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Llaw dde</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Llaw chwith</translation>
    </message>
    <message>
        <source>Plain impressions</source>
        <translation>Argraffiadau gwastad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Eraill</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Safle %1</translation>
    </message>
    <message>
        <source>rolled</source>
        <translation>wedi&apos;i rholio</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gwastad</translation>
    </message>
    <message>
        <source>%1: no impression on file</source>
        <translation>%1: dim argraff ar gofnod</translation>
    </message>
    <message>
        <source>%1, %2
%3 ppi
Exhibit %4
%5 × %6 pixels</source>
        <translation>%1, %2
%3 ppi
Arddangosyn %4
%5 × %6 picsel</translation>
    </message>
    <message>
        <source>%1, no impression</source>
        <translation>%1, dim argraff</translation>
    </message>
    <message>
        <source>%1, %2, exhibit %3</source>
        <translation>%1, %2, arddangosyn %3</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarChooserDialog</name>
    <message>
        <source>Loading exemplars…</source>
        <translation>Wrthi&apos;n llwytho enghreifftiau…</translation>
    </message>
    <message>
        <source>Choose Exemplar</source>
        <translation>Dewis enghraifft</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Whose tenprint card to show</source>
        <translation>Cerdyn olion deg bys pwy i&apos;w ddangos</translation>
    </message>
    <message>
        <source>Compare the mark with the chosen impression</source>
        <translation>Cymharu&apos;r ôl â&apos;r argraff a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>The exemplars of this case could not be listed: %1</source>
        <translation>Nid oedd modd rhestru enghreifftiau&apos;r achos hwn: %1</translation>
    </message>
    <message>
        <source>No tenprint exemplars are filed for the persons of this case.</source>
        <translation>Nid oes enghreifftiau deg bys wedi&apos;u ffeilio ar gyfer pobl yr achos hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n impression(s)</source>
        <translation>
            <numerusform>%1 — %n argraff</numerusform>
            <numerusform>%1 — %n argraff</numerusform>
            <numerusform>%1 — %n argraff</numerusform>
            <numerusform>%1 — %n argraff</numerusform>
            <numerusform>%1 — %n argraff</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the impression to compare the mark with.</source>
        <translation>Dewiswch yr argraff i gymharu&apos;r ôl â hi.</translation>
    </message>
    <message>
        <source>The image of %1 could not be shown: %2</source>
        <translation>Nid oedd modd dangos delwedd %1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearch</name>
    <message>
        <source>Building templates</source>
        <translation>Wrthi&apos;n adeiladu templedi</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Wrthi&apos;n cymharu</translation>
    </message>
    <message>
        <source>no minutiae were found in the probe</source>
        <translation>ni chanfuwyd unrhyw fanylion yn yr ôl a chwiliwyd</translation>
    </message>
    <message>
        <source>Mark %1 has no image to search with.</source>
        <translation>Nid oes gan ôl %1 ddelwedd i chwilio â hi.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchController</name>
    <message>
        <source>The exemplar search did not run: %1</source>
        <translation>Ni redodd y chwiliad enghreifftiau: %1</translation>
    </message>
    <message>
        <source>Nothing to search with: %1</source>
        <translation>Dim byd i chwilio ag ef: %1</translation>
    </message>
    <message>
        <source>Search cancelled after %L1 of %L2 exemplar impressions; the candidates shown are from that part only.</source>
        <translation>Canslwyd y chwiliad ar ôl %L1 o %L2 argraff enghreifftiol; o&apos;r rhan honno&apos;n unig y daw&apos;r ymgeiswyr a ddangosir.</translation>
    </message>
    <message>
        <source>%L1 exemplar impressions searched with %L2 minutiae of %3; %L4 candidates.</source>
        <translation>Chwiliwyd %L1 argraff enghreifftiol gyda %L2 manylyn o %3; %L4 ymgeisydd.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchDialog</name>
    <message>
        <source>Exemplar Search</source>
        <translation>Chwilio enghreifftiau</translation>
    </message>
    <message>
        <source>Close this window (a running search is cancelled)</source>
        <translation>Cau&apos;r ffenestr hon (caiff chwiliad sydd ar waith ei ganslo)</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchPanel</name>
    <message>
        <source>&amp;Cancel Search</source>
        <translation>&amp;Canslo&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Stop the search; the candidates found so far are kept (Esc)</source>
        <translation>Atal y chwiliad; caiff yr ymgeiswyr a ganfuwyd hyd yma eu cadw (Esc)</translation>
    </message>
    <message>
        <source>Candidates ranked by the tool&apos;s comparison score; compare each one yourself</source>
        <translation>Ymgeiswyr wedi&apos;u trefnu yn ôl sgôr cymharu&apos;r offeryn; cymharwch bob un eich hun</translation>
    </message>
    <message>
        <source>Scores, false-match rates and likelihood ratios are derived by the tool from synthetic data (see the user guide). They help decide what to compare first; they are not an examiner&apos;s conclusion.</source>
        <translation>Mae&apos;r offeryn yn cyfrifo&apos;r sgoriau, y cyfraddau cyfatebiaeth ffug a&apos;r cymarebau tebygolrwydd o ddata synthetig (gweler y canllaw defnyddiwr). Maent yn helpu i benderfynu beth i&apos;w gymharu gyntaf; nid casgliad archwiliwr ydynt.</translation>
    </message>
    <message>
        <source>Exemplar search for mark %1</source>
        <translation>Chwiliad enghreifftiau ar gyfer ôl %1</translation>
    </message>
    <message>
        <source>Searching the workspace&apos;s exemplars...</source>
        <translation>Wrthi&apos;n chwilio enghreifftiau&apos;r gweithle...</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 o %L3</translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarTemplateHook</name>
    <message>
        <source>search templates</source>
        <translation>templedi chwilio</translation>
    </message>
</context>
<context>
    <name>ridgeline::FeatureListPanel</name>
    <message>
        <source>&amp;Remove Feature</source>
        <translation>&amp;Tynnu&apos;r nodwedd</translation>
    </message>
    <message>
        <source>What a click on the image marks while the markup tool (K) is active; on the image, Shift and the letter choose it</source>
        <translation>Beth mae clic ar y ddelwedd yn ei farcio tra bo&apos;r offeryn marcio (K) yn weithredol; ar y ddelwedd, mae Shift a&apos;r llythyren yn ei ddewis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Marked features</source>
        <translation>Nodweddion a farciwyd</translation>
    </message>
    <message>
        <source>Remove Feature</source>
        <translation>Tynnu&apos;r nodwedd</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>Ma&amp;rcio:</translation>
    </message>
    <message>
        <source>N&amp;one Present</source>
        <translation>Dim yn &amp;bresennol</translation>
    </message>
    <message>
        <source>Record that the image shows no feature of a type (for example no deltas); refused while such a feature is marked</source>
        <translation>Cofnodi nad yw&apos;r ddelwedd yn dangos unrhyw nodwedd o fath penodol (er enghraifft dim deltâu); caiff ei wrthod tra bo nodwedd o&apos;r fath wedi&apos;i marcio</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Cofnodwyd: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Suggested features, not yet reviewed</source>
        <translation>Nodweddion a awgrymwyd, heb eu hadolygu eto</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Derbyn</translation>
    </message>
    <message>
        <source>Make the selected suggestion a feature of the markup, reviewed by you</source>
        <translation>Gwneud yr awgrym a ddewiswyd yn nodwedd yn y marcio, wedi&apos;i hadolygu gennych chi</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Gwrt&amp;hod</translation>
    </message>
    <message>
        <source>Drop the selected suggestion</source>
        <translation>Gollwng yr awgrym a ddewiswyd</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>Derbyn y &amp;cyfan</translation>
    </message>
    <message>
        <source>Make every suggestion a feature of the markup, reviewed by you</source>
        <translation>Gwneud pob awgrym yn nodwedd yn y marcio, wedi&apos;i hadolygu gennych chi</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Gwrthod y cyfan</translation>
    </message>
    <message>
        <source>Drop every suggestion</source>
        <translation>Gollwng pob awgrym</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>Awgrymiadau (%1)</translation>
    </message>
</context>
<context>
    <name>ridgeline::ImportPreparer</name>
    <message>
        <source>Package %1: %2</source>
        <translation>Pecyn %1: %2</translation>
    </message>
    <message>
        <source>Import of %1 was cancelled; nothing was written</source>
        <translation>Canslwyd mewnforio %1; ni ysgrifennwyd dim</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>Nid yw %1 yn ffeil reolaidd</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit</source>
        <translation>Mae %1 yn fwy na&apos;r terfyn o %2 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Package %1, item %2 (%3): %4</source>
        <translation>Pecyn %1, eitem %2 (%3): %4</translation>
    </message>
    <message>
        <source>its SHA-256 is %1 but the manifest says %2; the file was altered or damaged in transit</source>
        <translation>ei SHA-256 yw %1 ond mae&apos;r maniffest yn dweud %2; cafodd y ffeil ei newid neu ei difrodi wrth ei throsglwyddo</translation>
    </message>
    <message>
        <source>a document must be a PDF or an image: %1</source>
        <translation>rhaid i ddogfen fod yn PDF neu&apos;n ddelwedd: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::ImportService</name>
    <message>
        <source>Case %1 already has an exhibit %2 (%3); the transaction was not imported. Import it into another case, or give the latent another exhibit reference in field 2.011.</source>
        <translation>Mae arddangosyn %2 (%3) gan achos %1 eisoes; ni fewnforiwyd y trafodiad. Mewnforiwch ef i achos arall, neu rhowch gyfeirnod arddangosyn arall i&apos;r ôl ym maes 2.011.</translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxDetailPane</name>
    <message>
        <source>Select a transmission to see its details.</source>
        <translation>Dewiswch drosglwyddiad i weld ei fanylion.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Anfonwr</translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation>Archwiliwr lleoliad</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Cipiwyd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation>Ers cipio</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Trosglwyddiad</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>SHA-256 y pecyn</translation>
    </message>
    <message>
        <source>The transmission&apos;s identifier, as recorded in the audit trail</source>
        <translation>Dynodwr y trosglwyddiad, fel y&apos;i cofnodwyd yn y llwybr archwilio</translation>
    </message>
    <message>
        <source>SHA-256 of the package as received</source>
        <translation>SHA-256 y pecyn fel y&apos;i derbyniwyd</translation>
    </message>
    <message>
        <source>Reason for quarantine</source>
        <translation>Rheswm dros gwarantîn</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor yr achos</translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation>Agor yr achos y ffeiliwyd y trosglwyddiad hwn ynddo</translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation>Dangos y ffolder cwarantîn</translation>
    </message>
    <message>
        <source>Show the folder holding the sender&apos;s files and the reason file, unchanged</source>
        <translation>Dangos y ffolder sy&apos;n dal ffeiliau&apos;r anfonwr a&apos;r ffeil rheswm, heb eu newid</translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxModel</name>
    <message>
        <source>in the future</source>
        <comment>capture time later than now: a device clock is wrong</comment>
        <translation>yn y dyfodol</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>llai nag 1 mun</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 diwrnod %2 awr</translation>
    </message>
    <message>
        <source>Importing %1%</source>
        <translation>Wrthi&apos;n mewnforio %1%</translation>
    </message>
    <message>
        <source>Importing %1: %2% done</source>
        <translation>Wrthi&apos;n mewnforio %1: %2% wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Pecyn %1</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>Mewn cwarantîn: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Anfonwr</translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation>Archwiliwr lleoliad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Cipiwyd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation>Ers cipio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Received, verified, imported, or quarantined with a reason</source>
        <translation>Wedi&apos;i dderbyn, wedi&apos;i ddilysu, wedi&apos;i fewnforio, neu mewn cwarantîn gyda rheswm</translation>
    </message>
    <message>
        <source>Sending force and scene device</source>
        <translation>Yr heddlu sy&apos;n anfon a dyfais y lleoliad</translation>
    </message>
    <message>
        <source>Scene examiner who captured the marks</source>
        <translation>Yr archwiliwr lleoliad a gipiodd yr olion</translation>
    </message>
    <message>
        <source>Case reference given in the package</source>
        <translation>Cyfeirnod yr achos a roddwyd yn y pecyn</translation>
    </message>
    <message>
        <source>When the marks were captured at the scene (local time)</source>
        <translation>Pryd y cipiwyd yr olion yn y lleoliad (amser lleol)</translation>
    </message>
    <message>
        <source>When the package arrived at this workstation (local time)</source>
        <translation>Pryd y cyrhaeddodd y pecyn y weithfan hon (amser lleol)</translation>
    </message>
    <message>
        <source>Time since capture at the scene</source>
        <translation>Yr amser ers cipio yn y lleoliad</translation>
    </message>
    <message>
        <source>Why a package was quarantined</source>
        <translation>Pam y rhoddwyd pecyn mewn cwarantîn</translation>
    </message>
    <message>
        <source>%1 is queued: it is imported after the packages before it</source>
        <translation>Mae %1 yn y ciw: caiff ei fewnforio ar ôl y pecynnau o&apos;i flaen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wrthi&apos;n mewnforio</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Yn y ciw</translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxView</name>
    <message>
        <source>Show only transmissions with this status</source>
        <translation>Dangos dim ond trosglwyddiadau gyda&apos;r statws hwn</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor yr achos</translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation>Agor yr achos y ffeiliwyd y trosglwyddiad hwn ynddo</translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation>Dangos y ffolder cwarantîn</translation>
    </message>
    <message>
        <source>Show the folder holding the quarantined package and its reason file</source>
        <translation>Dangos y ffolder sy&apos;n dal y pecyn sydd mewn cwarantîn a&apos;i ffeil rheswm</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Transmissions: %1</source>
        <translation>Trosglwyddiadau: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 transmissions</source>
        <translation>Yn dangos %1 o %2 trosglwyddiad</translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxWatcher</name>
    <message>
        <source>Cannot create the inbox folder %1; check the disk and permissions</source>
        <translation>Nid oes modd creu ffolder y blwch derbyn %1; gwiriwch y ddisg a&apos;r caniatâd</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2; the package stays in the inbox</source>
        <translation>Nid oes modd symud %1 i %2; mae&apos;r pecyn yn aros yn y blwch derbyn</translation>
    </message>
    <message>
        <source>Package: %1
Quarantined: %2
Reason: %3
</source>
        <translation>Pecyn: %1
Mewn cwarantîn: %2
Rheswm: %3
</translation>
    </message>
    <message>
        <source>Quarantined %1 but could not write its reason file</source>
        <translation>Rhoddwyd %1 mewn cwarantîn ond nid oedd modd ysgrifennu ei ffeil rheswm</translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation>Nid oes modd creu&apos;r ffolder cwarantîn %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 into quarantine</source>
        <translation>Nid oes modd copïo %1 i gwarantîn</translation>
    </message>
</context>
<context>
    <name>ridgeline::IntakeController</name>
    <message>
        <source>The inbox is not watched: %1</source>
        <translation>Nid yw&apos;r blwch derbyn yn cael ei wylio: %1</translation>
    </message>
    <message>
        <source>%1 was imported but could not be moved out of the inbox: %2</source>
        <translation>Mewnforiwyd %1 ond nid oedd modd ei symud o&apos;r blwch derbyn: %2</translation>
    </message>
    <message>
        <source>%1 was already imported into %2; nothing was duplicated</source>
        <translation>Roedd %1 eisoes wedi&apos;i fewnforio i %2; ni ddyblygwyd dim</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3</source>
        <translation>Mewnforiwyd %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n ddogfen</numerusform>
            <numerusform>%n ddogfen</numerusform>
            <numerusform>%n ddogfen</numerusform>
            <numerusform>%n ddogfen</numerusform>
            <numerusform>%n ddogfen</numerusform>
        </translation>
    </message>
    <message>
        <source>no result</source>
        <translation>dim canlyniad</translation>
    </message>
    <message>
        <source>%1 was not imported and stays where it is: %2</source>
        <translation>Ni fewnforiwyd %1 ac mae&apos;n aros lle mae: %2</translation>
    </message>
    <message>
        <source>%1 was refused but could not be moved into quarantine: %2</source>
        <translation>Gwrthodwyd %1 ond nid oedd modd ei symud i gwarantîn: %2</translation>
    </message>
    <message>
        <source>Quarantined %1: %2</source>
        <translation>Cwarantîn %1: %2</translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation>Gwrthodwyd %1: %2</translation>
    </message>
    <message>
        <source>The transmission list could not be read: %1</source>
        <translation>Nid oedd modd darllen rhestr y trosglwyddiadau: %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3: %4</source>
        <translation>%1 ar gyfer %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>ridgeline::LocalWorkspaceSession</name>
    <message>
        <source>The output hash of mark %1 is not a SHA-256 (64 hex digits): %2</source>
        <translation>Nid yw stwnsh allbwn ôl %1 yn SHA-256 (64 digid hecs): %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::LockController</name>
    <message>
        <source>The workstation is still locking. Enter the passphrase again in a moment.</source>
        <translation>Mae&apos;r weithfan yn dal i gloi. Rhowch y cyfrinymadrodd eto mewn munud.</translation>
    </message>
    <message>
        <source>Enter your passphrase to unlock.</source>
        <translation>Rhowch eich cyfrinymadrodd i ddatgloi.</translation>
    </message>
    <message>
        <source>That passphrase is not right. The workstation stays locked.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yna&apos;n gywir. Mae&apos;r weithfan yn aros ar glo.</translation>
    </message>
</context>
<context>
    <name>ridgeline::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>A&amp;llgofnodi</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Mae&apos;r weithfan ar glo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Close the workspace without unlocking; another user can then sign in</source>
        <translation>Cau&apos;r gweithle heb ddatgloi; gall defnyddiwr arall fewngofnodi wedyn</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>The workspace is locked for %1 (%2). Enter your passphrase to continue.</source>
        <translation>Mae&apos;r gweithle ar glo i %1 (%2). Rhowch eich cyfrinymadrodd i barhau.</translation>
    </message>
</context>
<context>
    <name>ridgeline::LoginController</name>
    <message>
        <source>Choose the workspace file to open.</source>
        <translation>Dewiswch ffeil y gweithle i&apos;w hagor.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path, or choose the file with Browse.</source>
        <translation>Nid oes gweithle yn %1. Gwiriwch y llwybr, neu dewiswch y ffeil gyda Pori.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Rhowch eich enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Rhowch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The user name or passphrase is not right for this workspace. Check both and try again; repeated failures lock the account.</source>
        <translation>Nid yw&apos;r enw defnyddiwr na&apos;r cyfrinymadrodd yn gywir ar gyfer y gweithle hwn. Gwiriwch y ddau a rhowch gynnig arall arni; mae methu dro ar ôl tro yn cloi&apos;r cyfrif.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or ask an administrator.</source>
        <translation>Mae&apos;r cyfrif hwn ar glo ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. Rhowch gynnig arall arni yn nes ymlaen neu gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>The key header beside %1 is missing, so the workspace cannot be unlocked. Restore the header file from your backup.</source>
        <translation>Mae pennyn yr allweddi wrth ymyl %1 ar goll, felly nid oes modd datgloi&apos;r gweithle. Adferwch ffeil y pennyn o&apos;ch copi wrth gefn.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged or does not belong with its key header, so it was not opened and nothing was changed. Restore it from a backup or ask your administrator. Detail: %2</source>
        <translation>Mae&apos;r gweithle %1 wedi&apos;i ddifrodi neu nid yw&apos;n perthyn i bennyn ei allweddi, felly ni chafodd ei agor ac ni newidiwyd dim. Adferwch ef o gopi wrth gefn neu gofynnwch i&apos;ch gweinyddwr. Manylion: %2</translation>
    </message>
    <message>
        <source>Signing in to %1 did not work: %2</source>
        <translation>Methodd mewngofnodi i %1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::LoginDialog</name>
    <message>
        <source>Sign in to Ridgeline</source>
        <translation>Mewngofnodi i Ridgeline</translation>
    </message>
    <message>
        <source>Ridgeline</source>
        <translation>Ridgeline</translation>
    </message>
    <message>
        <source>Forensic mark examination workstation. Sign in with your workspace user name and passphrase.</source>
        <translation>Gweithfan archwilio olion fforensig. Mewngofnodwch gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinymadrodd ar gyfer y gweithle.</translation>
    </message>
    <message>
        <source>The workspace database file (its key header lies beside it)</source>
        <translation>Ffeil cronfa ddata&apos;r gweithle (mae pennyn ei allweddi wrth ei hymyl)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Dewis ffeil y gweithle</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Gweithle:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Agor gweithle</translation>
    </message>
    <message>
        <source>Ridgeline workspaces (*.ridgeline);;All files (*)</source>
        <translation>Gweithleoedd Ridgeline (*.ridgeline);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
</context>
<context>
    <name>ridgeline::MainActions</name>
    <message>
        <source>&amp;Lock Workstation</source>
        <translation>&amp;Cloi&apos;r weithfan</translation>
    </message>
    <message>
        <source>Hide the workspace until your passphrase is entered again</source>
        <translation>Cuddio&apos;r gweithle nes i&apos;ch cyfrinymadrodd gael ei roi eto</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>Close the workspace and return to the sign-in dialog</source>
        <translation>Cau&apos;r gweithle a dychwelyd i&apos;r ddeialog fewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close the workspace and quit Ridgeline</source>
        <translation>Cau&apos;r gweithle a gadael Ridgeline</translation>
    </message>
    <message>
        <source>&amp;Refresh Cases</source>
        <translation>&amp;Adnewyddu&apos;r achosion</translation>
    </message>
    <message>
        <source>Read the case list from the workspace again</source>
        <translation>Darllen rhestr yr achosion o&apos;r gweithle eto</translation>
    </message>
    <message>
        <source>&amp;Find Case…</source>
        <translation>&amp;Canfod achos…</translation>
    </message>
    <message>
        <source>Move to the search field above the case list</source>
        <translation>Symud i&apos;r maes chwilio uwchben rhestr yr achosion</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Sgrin lawn</translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation>Defnyddio&apos;r sgrin gyfan i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <source>Choose the language and when the workstation locks itself</source>
        <translation>Dewis yr iaith a phryd mae&apos;r weithfan yn cloi ei hun</translation>
    </message>
    <message>
        <source>&amp;About Ridgeline</source>
        <translation>&amp;Ynghylch Ridgeline</translation>
    </message>
    <message>
        <source>Show the version of Ridgeline and the licences of its libraries</source>
        <translation>Dangos fersiwn Ridgeline a thrwyddedau ei llyfrgelloedd</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version and licence of Qt</source>
        <translation>Dangos fersiwn a thrwydded Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Dangos y &amp;bar offer</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>Dangos neu guddio&apos;r bar offer</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace…</source>
        <translation>Chwilio yn y &amp;gweithle…</translation>
    </message>
    <message>
        <source>Search case references, names, places and document text in the whole workspace</source>
        <translation>Chwilio cyfeirnodau achosion, enwau, lleoedd a thestun dogfennau yn y gweithle cyfan</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Achosion</translation>
    </message>
    <message>
        <source>Show the case list and the selected case</source>
        <translation>Dangos rhestr yr achosion a&apos;r achos a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Blwch derbyn</translation>
    </message>
    <message>
        <source>Show the transmissions received, imported and quarantined</source>
        <translation>Dangos y trosglwyddiadau a dderbyniwyd, a fewnforiwyd ac sydd mewn cwarantîn</translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation>&amp;Mewnforio pecyn…</translation>
    </message>
    <message>
        <source>Import a transmission package (a .zip, or a folder chosen by its manifest.json)</source>
        <translation>Mewnforio pecyn trosglwyddo (.zip, neu ffolder a ddewisir drwy ei manifest.json)</translation>
    </message>
    <message>
        <source>Search &amp;Exemplars for Mark…</source>
        <translation>Chwilio&apos;r &amp;enghreifftiau am yr ôl…</translation>
    </message>
    <message>
        <source>Compare the selected mark with every exemplar impression in the workspace and rank the candidates</source>
        <translation>Cymharu&apos;r ôl a ddewiswyd â phob argraff enghreifftiol yn y gweithle a threfnu&apos;r ymgeiswyr yn ôl eu safle</translation>
    </message>
    <message>
        <source>Open in &amp;Mark Viewer</source>
        <translation>Agor yn y &amp;gwyliwr olion</translation>
    </message>
    <message>
        <source>Open the selected mark to zoom, enhance, calibrate and measure it</source>
        <translation>Agor yr ôl a ddewiswyd i&apos;w chwyddo, ei wella, ei raddnodi a&apos;i fesur</translation>
    </message>
    <message>
        <source>&amp;Compare with Exemplar…</source>
        <translation>&amp;Cymharu ag enghraifft…</translation>
    </message>
    <message>
        <source>Open the selected mark beside a tenprint impression of a person of the case, to link corresponding features, align and overlay them</source>
        <translation>Agor yr ôl a ddewiswyd wrth ochr argraff o gerdyn olion deg bys un o bobl yr achos, i gysylltu nodweddion cyfatebol, eu halinio a&apos;u troshaenu</translation>
    </message>
    <message>
        <source>Open the selected mark beside another mark of the case: a footwear mark beside a test impression of a shoe, or two scene marks</source>
        <translation>Agor yr ôl a ddewiswyd wrth ochr ôl arall o&apos;r achos: ôl esgid wrth ochr argraff brawf o esgid, neu ddau ôl o&apos;r lleoliad</translation>
    </message>
    <message>
        <source>Compare with &amp;Another Mark…</source>
        <translation>Cymharu ag ôl &amp;arall…</translation>
    </message>
    <message>
        <source>Case &amp;Overview…</source>
        <translation>&amp;Trosolwg o&apos;r achos…</translation>
    </message>
    <message>
        <source>Open the selected case&apos;s exhibits and results, persons, documents, timeline and the status summary for the victim</source>
        <translation>Agor arddangosion a chanlyniadau&apos;r achos a ddewiswyd, ei bobl, ei ddogfennau, ei linell amser a&apos;r crynodeb statws i&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Re&amp;view Queue…</source>
        <translation>Ciw a&amp;dolygu…</translation>
    </message>
    <message>
        <source>Marks at technical review, in conflict or waiting for an exemption: review the full record, resolve, return for rework and sign off cases</source>
        <translation>Olion mewn adolygiad technegol, mewn gwrthdaro neu&apos;n aros am eithriad: adolygu&apos;r cofnod llawn, datrys, dychwelyd i&apos;w hailweithio a chymeradwyo achosion</translation>
    </message>
    <message>
        <source>Supervisor &amp;Dashboard…</source>
        <translation>Dangos&amp;fwrdd y goruchwylydd…</translation>
    </message>
    <message>
        <source>Caseload, ages, turnaround, workload, conclusions, conflicts and matcher scores, filtered by period, force, offence and examiner</source>
        <translation>Llwyth achosion, oedrannau, amser cwblhau, llwyth gwaith, casgliadau, gwrthdaro a sgoriau&apos;r offeryn paru, wedi&apos;u hidlo yn ôl cyfnod, heddlu, trosedd ac archwiliwr</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>A&amp;droddiadau…</translation>
    </message>
    <message>
        <source>The selected case&apos;s report, a court chart of one of its marks, or a status summary for the victim or the prosecutor: preview, export as PDF, print</source>
        <translation>Adroddiad yr achos a ddewiswyd, siart llys un o&apos;i olion, neu grynodeb statws i&apos;r dioddefwr neu&apos;r erlynydd: rhagweld, allforio fel PDF, argraffu</translation>
    </message>
</context>
<context>
    <name>ridgeline::MainWindow</name>
    <message>
        <source>%1 — Ridgeline</source>
        <translation>%1 — Ridgeline</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Manylion yr achos</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Wedi mewngofnodi: %1 (%2)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Enw defnyddiwr: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Gweithle: %1</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Wrthi&apos;n llwytho achosion…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases not loaded</source>
        <translation>Ni lwythwyd yr achosion</translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation>Nid oedd modd darllen rhestr yr achosion: %1</translation>
    </message>
    <message>
        <source>The lock could not be recorded in the workspace: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r cloi yn y gweithle: %1</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Mae&apos;r weithfan ar glo</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Cadwyd y dewisiadau</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Blwch derbyn</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation>Ni fewnforiwyd y pecyn</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>Ni fewnforiwyd %1.</translation>
    </message>
    <message>
        <source>The quarantine folder could not be opened; it is %1</source>
        <translation>Nid oedd modd agor y ffolder cwarantîn; mae yn %1</translation>
    </message>
    <message>
        <source>Import Transmission Package</source>
        <translation>Mewnforio pecyn trosglwyddo</translation>
    </message>
    <message>
        <source>The case %1 is not in the case list; refresh the list (F5)</source>
        <translation>Nid yw&apos;r achos %1 yn rhestr yr achosion; adnewyddwch y rhestr (F5)</translation>
    </message>
    <message>
        <source>That case is not shown in the case list; check the status filter</source>
        <translation>Nid yw&apos;r achos hwnnw i&apos;w weld yn rhestr yr achosion; gwiriwch yr hidlydd statws</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Wrthi&apos;n agor “%1”…</translation>
    </message>
    <message>
        <source>Select a mark in the Marks tab first.</source>
        <translation>Dewiswch ôl yn y tab Olion yn gyntaf.</translation>
    </message>
    <message>
        <source>Mark %1 has no image to open.</source>
        <translation>Nid oes gan ôl %1 ddelwedd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Mark %1 has no image to search with</source>
        <translation>Nid oes gan ôl %1 ddelwedd i chwilio â hi</translation>
    </message>
    <message>
        <source>Compare the selected mark with every exemplar impression in the workspace and rank the candidates</source>
        <translation>Cymharu&apos;r ôl a ddewiswyd â phob argraff enghreifftiol yn y gweithle a threfnu&apos;r ymgeiswyr yn ôl eu safle</translation>
    </message>
    <message>
        <source>Select a mark with an image in the Marks tab first.</source>
        <translation>Dewiswch ôl sydd â delwedd yn y tab Olion yn gyntaf.</translation>
    </message>
    <message>
        <source>Searching the exemplars for mark %1...</source>
        <translation>Wrthi&apos;n chwilio&apos;r enghreifftiau am ôl %1...</translation>
    </message>
    <message>
        <source>%1 is open in a comparison; its markup is edited there. Close the comparison to open the mark viewer.</source>
        <translation>Mae %1 ar agor mewn cymhariaeth; yno y caiff ei farcio ei olygu. Caewch y gymhariaeth i agor y gwyliwr olion.</translation>
    </message>
    <message>
        <source>Mark %1 has no image to compare.</source>
        <translation>Nid oes gan ôl %1 ddelwedd i&apos;w chymharu.</translation>
    </message>
    <message>
        <source>Compare %1 with an Exemplar</source>
        <translation>Cymharu %1 ag enghraifft</translation>
    </message>
    <message>
        <source>Opening %1 beside %2, %3…</source>
        <translation>Wrthi&apos;n agor %1 wrth ochr %2, %3…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The case has no other mark with an image.</source>
        <translation>Nid oes gan yr achos ôl arall â delwedd.</translation>
    </message>
    <message>
        <source>Compare %1 with Another Mark</source>
        <translation>Cymharu %1 ag ôl arall</translation>
    </message>
    <message>
        <source>The mark to show on the right:</source>
        <translation>Yr ôl i&apos;w ddangos ar y dde:</translation>
    </message>
    <message>
        <source>Mark &amp;Casework…</source>
        <translation>G&amp;waith achos yr ôl…</translation>
    </message>
    <message>
        <source>Open the ACE-V casework of the selected mark: its stage, records, history and the next step</source>
        <translation>Agor gwaith achos ACE-V yr ôl a ddewiswyd: ei gam, ei gofnodion, ei hanes a&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>Select a mark in the Marks tab or on your worklist first.</source>
        <translation>Dewiswch ôl yn y tab Olion neu ar eich rhestr waith yn gyntaf.</translation>
    </message>
    <message>
        <source>My &amp;Worklist</source>
        <translation>Fy &amp;rhestr waith</translation>
    </message>
    <message>
        <source>Show the marks waiting for you: assigned to you, waiting for your verification or not taken yet</source>
        <translation>Dangos yr olion sy&apos;n aros amdanoch: wedi&apos;u neilltuo i chi, yn aros i chi eu dilysu neu heb eu cymryd eto</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Rhestr waith</translation>
    </message>
    <message>
        <source>Worklist (%1)</source>
        <translation>Rhestr waith (%1)</translation>
    </message>
    <message>
        <source>Select a case in the case list first.</source>
        <translation>Dewiswch achos yn rhestr yr achosion yn gyntaf.</translation>
    </message>
    <message>
        <source>Supervisor Dashboard — Ridgeline</source>
        <translation>Dangosfwrdd y goruchwylydd — Ridgeline</translation>
    </message>
    <message>
        <source>Transmissions (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Transmission packages (*.zip manifest.json);;ANSI/NIST-ITL transactions (*.an2 *.an2k *.eft *.nist);;All files (*)</source>
        <translation>Trosglwyddiadau (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Pecynnau trosglwyddo (*.zip manifest.json);;Trafodiadau ANSI/NIST-ITL (*.an2 *.an2k *.eft *.nist);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkCanvas</name>
    <message>
        <source>Mark image</source>
        <translation>Delwedd yr ôl</translation>
    </message>
    <message>
        <source>Wheel: zoom about the cursor · drag: pan or measure with the chosen tool · Space+drag: pan
+ / −: zoom · 1: actual pixels · 0 or F: fit · arrows: pan</source>
        <translation>Olwyn: chwyddo o amgylch y cyrchwr · llusgo: symud neu fesur gyda&apos;r offeryn a ddewiswyd · Bylchwr+llusgo: symud
+ / −: chwyddo · 1: picseli gwirioneddol · 0 neu F: ffitio · saethau: symud</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Wrthi&apos;n llwytho %1…</translation>
    </message>
    <message>
        <source>Markup: suggestion selected, Enter accepts, Delete rejects</source>
        <translation>Marcio: awgrym wedi&apos;i ddewis, mae Enter yn ei dderbyn, mae Delete yn ei wrthod</translation>
    </message>
    <message>
        <source>Markup: %1</source>
        <translation>Marcio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Region of interest: %n point(s); Enter or double-click closes, Escape drops</source>
        <translation>
            <numerusform>Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu</numerusform>
            <numerusform>Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu</numerusform>
            <numerusform>Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu</numerusform>
            <numerusform>Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu</numerusform>
            <numerusform>Ardal o ddiddordeb: %n pwynt; mae Enter neu glic dwbl yn ei chau, mae Escape yn ei dileu</numerusform>
        </translation>
    </message>
    <message>
        <source>Clarity map: %1, brush %2 px; [ and ] size the brush; 2 green, 3 yellow, 4 red, 5 orange, Delete erases</source>
        <translation>Map eglurder: %1, brwsh %2 px; mae [ a ] yn newid maint y brwsh; 2 gwyrdd, 3 melyn, 4 coch, 5 oren, mae Delete yn dileu</translation>
    </message>
    <message>
        <source>eraser</source>
        <translation>rhwbiwr</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkCaseworkController</name>
    <message>
        <source>Another step on this mark is being stored.</source>
        <translation>Mae cam arall ar yr ôl hwn yn cael ei storio.</translation>
    </message>
    <message>
        <source>The record is being read.</source>
        <translation>Mae&apos;r cofnod yn cael ei ddarllen.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), exhibit %4</source>
        <translation>%1: %2 (%3), arddangosyn %4</translation>
    </message>
    <message>
        <source>rolled</source>
        <translation>wedi&apos;i rholio</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gwastad</translation>
    </message>
    <message>
        <source>mark %1</source>
        <translation>ôl %1</translation>
    </message>
    <message>
        <source>impression %1</source>
        <translation>argraff %1</translation>
    </message>
    <message>
        <source>The casework of %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen gwaith achos %1: %2</translation>
    </message>
    <message>
        <source>The exemplars of the case could not be listed: %1</source>
        <translation>Nid oedd modd rhestru enghreifftiau&apos;r achos: %1</translation>
    </message>
    <message>
        <source>%1 on %2 was not stored: %3</source>
        <translation>Ni storiwyd y cam “%1” ar %2: %3</translation>
    </message>
    <message>
        <source>The record has been read again; check it before trying again.</source>
        <translation>Mae&apos;r cofnod wedi&apos;i ddarllen eto; gwiriwch ef cyn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Analysis of %1 started. Exemplars of the case stay hidden until the analysis is committed.</source>
        <translation>Dechreuwyd dadansoddi %1. Mae enghreifftiau&apos;r achos yn aros yn gudd nes bod y dadansoddiad wedi&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>Analysis of %1 committed; its snapshot is on the record and cannot change.</source>
        <translation>Cadarnhawyd dadansoddiad %1; mae ei giplun ar gofnod ac ni all newid.</translation>
    </message>
    <message>
        <source>Comparison of %1 begun: exemplars are visible, later markup changes are flagged.</source>
        <translation>Dechreuwyd cymharu %1: mae&apos;r enghreifftiau i&apos;w gweld, a chaiff newidiadau diweddarach i&apos;r marcio eu nodi.</translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded: %2.</source>
        <translation>Cofnodwyd casgliad ar %1: %2.</translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded.</source>
        <translation>Cofnodwyd casgliad ar %1.</translation>
    </message>
    <message>
        <source>%1 submitted for verification by a second examiner.</source>
        <translation>Cyflwynwyd %1 i ail archwiliwr ei ddilysu.</translation>
    </message>
    <message>
        <source>Verification of %1 recorded. It differs from the examiner&apos;s conclusion: the mark is in conflict.</source>
        <translation>Cofnodwyd dilysiad %1. Mae&apos;n wahanol i gasgliad yr archwiliwr: mae&apos;r ôl mewn gwrthdaro.</translation>
    </message>
    <message>
        <source>Verification of %1 recorded; the mark goes to technical review.</source>
        <translation>Cofnodwyd dilysiad %1; mae&apos;r ôl yn mynd i adolygiad technegol.</translation>
    </message>
    <message>
        <source>Conflict on %1 resolved; the mark goes to technical review.</source>
        <translation>Datryswyd y gwrthdaro ar %1; mae&apos;r ôl yn mynd i adolygiad technegol.</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkDocument</name>
    <message>
        <source>%1; saved with the mark by %2 (revision %3)</source>
        <translation>%1; wedi&apos;i gadw gyda&apos;r ôl gan %2 (fersiwn %3)</translation>
    </message>
    <message>
        <source>Uncalibrated: measurements are in pixels only</source>
        <translation>Heb ei raddnodi: mewn picseli yn unig y mae&apos;r mesuriadau</translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
    <message>
        <source>%1, from two points %2 mm apart on the scale, refined on %3 graduations</source>
        <translation>%1, o ddau bwynt %2 mm ar wahân ar y raddfa, wedi&apos;i fireinio ar %3 marc graddfa</translation>
    </message>
    <message>
        <source>%1, from two points %2 mm apart on the scale</source>
        <translation>%1, o ddau bwynt %2 mm ar wahân ar y raddfa</translation>
    </message>
    <message>
        <source>%1, from the resolution stored in the image file</source>
        <translation>%1, o&apos;r cydraniad a storiwyd yn ffeil y ddelwedd</translation>
    </message>
    <message>
        <source>%1, from the transmission manifest</source>
        <translation>%1, o faniffest y trosglwyddiad</translation>
    </message>
    <message>
        <source>%1, typed by the examiner</source>
        <translation>%1, wedi&apos;i deipio gan yr archwiliwr</translation>
    </message>
    <message>
        <source>Calibrate from scale</source>
        <translation>Graddnodi o&apos;r raddfa</translation>
    </message>
    <message>
        <source>A resolution of %1 ppi is not possible: type a positive value</source>
        <translation>Nid yw cydraniad o %1 ppi yn bosibl: teipiwch werth positif</translation>
    </message>
    <message>
        <source>Set resolution</source>
        <translation>Gosod y cydraniad</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>Mesur pellter</translation>
    </message>
    <message>
        <source>Measure angle</source>
        <translation>Mesur ongl</translation>
    </message>
    <message>
        <source>Count ridges</source>
        <translation>Cyfrif cribau</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Dileu&apos;r mesuriad</translation>
    </message>
    <message>
        <source>%1 mm (%2 px)</source>
        <translation>%1 mm (%2 px)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 ridges over %2 mm</source>
        <translation>%1 crib dros %2 mm</translation>
    </message>
    <message>
        <source>%1 ridges over %2 px</source>
        <translation>%1 crib dros %2 px</translation>
    </message>
    <message>
        <source>The stored enhancement recipe (revision %1)</source>
        <translation>Y rysáit gwella a storiwyd (fersiwn %1)</translation>
    </message>
    <message>
        <source>Stored measurement %1 (%2) cannot be read by this version</source>
        <translation>Ni all y fersiwn hon ddarllen mesuriad %1 (%2) a storiwyd</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkPreviewHook</name>
    <message>
        <source>mark viewer previews</source>
        <translation>rhagolygon y gwyliwr olion</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkRecord</name>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation>%1 %2: ychwanegwyd</translation>
    </message>
    <message>
        <source>%1 %2 moved %3 px</source>
        <translation>%1 %2: symudwyd %3 px</translation>
    </message>
    <message>
        <source>%1 %2 retyped from %3</source>
        <translation>%1 %2: newidiwyd y math o %3</translation>
    </message>
    <message>
        <source>%1 %2 deleted</source>
        <translation>%1 %2: dilëwyd</translation>
    </message>
    <message>
        <source>%1 %2 edited</source>
        <translation>%1 %2: golygwyd</translation>
    </message>
    <message>
        <source>%1, after exemplar exposure</source>
        <translation>%1, ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>No value (analysis)</source>
        <translation>Dim gwerth (dadansoddiad)</translation>
    </message>
    <message>
        <source>Awaiting examination</source>
        <translation>Yn aros am archwiliad</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>In examination</source>
        <translation>Dan archwiliad</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Cadarnhawyd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Substrate</source>
        <translation>Arwyneb</translation>
    </message>
    <message>
        <source>Development method</source>
        <translation>Dull datblygu</translation>
    </message>
    <message>
        <source>Distortion</source>
        <translation>Ystumiad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Markup revision</source>
        <translation>Fersiwn y marcio</translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation>SHA-256 y ciplun</translation>
    </message>
    <message>
        <source>Exemplar seen before</source>
        <translation>Enghraifft wedi&apos;i gweld ymlaen llaw</translation>
    </message>
    <message>
        <source>Features in the snapshot: %1</source>
        <translation>Nodweddion yn y ciplun: %1</translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation>Newidiadau ers y ciplun</translation>
    </message>
    <message>
        <source>None: the markup is as analysed.</source>
        <translation>Dim: mae&apos;r marcio fel y&apos;i dadansoddwyd.</translation>
    </message>
    <message>
        <source>Examiner&apos;s analysis</source>
        <translation>Dadansoddiad yr archwiliwr</translation>
    </message>
    <message>
        <source>No analysis committed.</source>
        <translation>Dim dadansoddiad wedi&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Ataliwyd: %1</translation>
    </message>
    <message>
        <source>Examiner&apos;s conclusion</source>
        <translation>Casgliad yr archwiliwr</translation>
    </message>
    <message>
        <source>Verifier&apos;s conclusion (blind)</source>
        <translation>Casgliad y dilysydd (dall)</translation>
    </message>
    <message>
        <source>Verifier&apos;s conclusion (not blind)</source>
        <translation>Casgliad y dilysydd (nid dall)</translation>
    </message>
    <message>
        <source>Conclusion after resolution</source>
        <translation>Casgliad ar ôl datrys</translation>
    </message>
    <message>
        <source>No conclusion recorded.</source>
        <translation>Dim casgliad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Exempted from verification by %1</source>
        <translation>Wedi&apos;i eithrio rhag dilysu gan %1</translation>
    </message>
    <message>
        <source>Conflict history</source>
        <translation>Hanes gwrthdaro</translation>
    </message>
    <message>
        <source>%1: %2 (%3) against %4 (%5)</source>
        <translation>%1: %2 (%3) yn erbyn %4 (%5)</translation>
    </message>
    <message>
        <source>No conflict recorded.</source>
        <translation>Dim gwrthdaro wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Datrysiad</translation>
    </message>
    <message>
        <source>Re-examined</source>
        <translation>Ailarchwiliwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Conclusion that stands</source>
        <translation>Y casgliad sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not resolved yet: no sign-off until a resolution is recorded.</source>
        <translation>Heb ei ddatrys eto: dim cymeradwyo nes bod datrysiad wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Hanes y camau</translation>
    </message>
    <message>
        <source>%1 → %2 by %3</source>
        <translation>%1 → %2 gan %3</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkViewerWindow</name>
    <message>
        <source>%1[*] – Mark Viewer</source>
        <translation>%1[*] – Gwyliwr olion</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wrthi&apos;n darllen %1…</translation>
    </message>
    <message>
        <source>The mark %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen yr ôl %1: %2</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Wrthi&apos;n datgodio %1…</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Symud</translation>
    </message>
    <message>
        <source>Drag to move the image</source>
        <translation>Llusgwch i symud y ddelwedd</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Graddnodi</translation>
    </message>
    <message>
        <source>Draw a line between two marks on the scale; its length is the scale length in the side panel</source>
        <translation>Lluniwch linell rhwng dau farc ar y raddfa; ei hyd yw hyd y raddfa yn y panel ochr</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>&amp;Pellter</translation>
    </message>
    <message>
        <source>Draw a line to measure a distance in mm and pixels</source>
        <translation>Lluniwch linell i fesur pellter mewn mm a phicseli</translation>
    </message>
    <message>
        <source>&amp;Angle</source>
        <translation>&amp;Ongl</translation>
    </message>
    <message>
        <source>Draw the first arm to the vertex, then click on the second arm</source>
        <translation>Lluniwch y fraich gyntaf at y fertig, yna cliciwch ar yr ail fraich</translation>
    </message>
    <message>
        <source>&amp;Ridge Count</source>
        <translation>Cyfrif &amp;cribau</translation>
    </message>
    <message>
        <source>Draw a line across the ridges to count the ridges it crosses</source>
        <translation>Lluniwch linell ar draws y cribau i gyfrif y cribau y mae&apos;n eu croesi</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Dangos y ddelwedd gyfan</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation>&amp;Picseli gwirioneddol</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un picsel delwedd i bob picsel sgrin</translation>
    </message>
    <message>
        <source>&amp;Life Size</source>
        <translation>Maint &amp;naturiol</translation>
    </message>
    <message>
        <source>Show the mark at its real size on this screen (needs a calibration)</source>
        <translation>Dangos yr ôl yn ei faint go iawn ar y sgrin hon (mae angen graddnodi)</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Troi i&apos;r &amp;chwith</translation>
    </message>
    <message>
        <source>Turn the view 90° anticlockwise</source>
        <translation>Troi&apos;r olwg 90° yn wrthglocwedd</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Troi i&apos;r &amp;dde</translation>
    </message>
    <message>
        <source>Turn the view 90° clockwise</source>
        <translation>Troi&apos;r olwg 90° yn glocwedd</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>Ad&amp;lewyrchu</translation>
    </message>
    <message>
        <source>Mirror the view left to right (for marks lifted on tape)</source>
        <translation>Adlewyrchu&apos;r olwg o&apos;r chwith i&apos;r dde (ar gyfer olion a godwyd ar dâp)</translation>
    </message>
    <message>
        <source>Pixel &amp;Grid</source>
        <translation>&amp;Grid picseli</translation>
    </message>
    <message>
        <source>Outline each pixel from 800% zoom</source>
        <translation>Amlinellu pob picsel o chwyddiad 800% ymlaen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Trosolwg</translation>
    </message>
    <message>
        <source>Show the whole image in a corner; click it to jump there</source>
        <translation>Dangos y ddelwedd gyfan mewn cornel; cliciwch arni i neidio yno</translation>
    </message>
    <message>
        <source>Lou&amp;pe</source>
        <translation>Chwydd&amp;wydr</translation>
    </message>
    <message>
        <source>Magnify the area under the cursor</source>
        <translation>Chwyddo&apos;r ardal o dan y cyrchwr</translation>
    </message>
    <message>
        <source>Show &amp;Enhancement</source>
        <translation>Dangos y ddelwedd w&amp;edi&apos;i gwella</translation>
    </message>
    <message>
        <source>Show the enhancement recipe&apos;s result over the original</source>
        <translation>Dangos canlyniad y rysáit gwella dros y gwreiddiol</translation>
    </message>
    <message>
        <source>&amp;Save Work</source>
        <translation>&amp;Cadw&apos;r gwaith</translation>
    </message>
    <message>
        <source>Store the enhancement recipe, calibration and measurements with the mark, with the SHA-256 of the recipe&apos;s output</source>
        <translation>Storio&apos;r rysáit gwella, y graddnodi a&apos;r mesuriadau gyda&apos;r ôl, ynghyd â SHA-256 allbwn y rysáit</translation>
    </message>
    <message>
        <source>&amp;Export Calibrated Copy…</source>
        <translation>&amp;Allforio copi wedi&apos;i raddnodi…</translation>
    </message>
    <message>
        <source>Write the enhanced mark at 1000 or 500 ppi as lossless PNG or TIFF with its processing report</source>
        <translation>Ysgrifennu&apos;r ôl wedi&apos;i wella ar 1000 neu 500 ppi fel PNG neu TIFF di-golled gyda&apos;i adroddiad prosesu</translation>
    </message>
    <message>
        <source>Mark Viewer</source>
        <translation>Gwyliwr olion</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Rotation of the view, clockwise, any angle</source>
        <translation>Cylchdro&apos;r olwg, yn glocwedd, unrhyw ongl</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Cylchdro</translation>
    </message>
    <message>
        <source>16-bit display window: the sample value shown black</source>
        <translation>Ffenestr arddangos 16 did: y gwerth sampl a ddangosir yn ddu</translation>
    </message>
    <message>
        <source>16-bit display window: the sample value shown white</source>
        <translation>Ffenestr arddangos 16 did: y gwerth sampl a ddangosir yn wyn</translation>
    </message>
    <message>
        <source> Window </source>
        <translation> Ffenestr </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Go&amp;lygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>E&amp;nhancement</source>
        <translation>G&amp;wella</translation>
    </message>
    <message>
        <source>Calibration &amp;&amp; &amp;Measurements</source>
        <translation>Graddnodi a &amp;Mesuriadau</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ôl</translation>
    </message>
    <message>
        <source>%1 is not calibrated: calibrate it on its scale before exporting a calibrated copy</source>
        <translation>Nid yw %1 wedi&apos;i raddnodi: graddnodwch ef ar ei raddfa cyn allforio copi wedi&apos;i raddnodi</translation>
    </message>
    <message>
        <source>Export Calibrated Copy</source>
        <translation>Allforio copi wedi&apos;i raddnodi</translation>
    </message>
    <message>
        <source>Resolution of the copy:</source>
        <translation>Cydraniad y copi:</translation>
    </message>
    <message>
        <source>1000 ppi</source>
        <translation>1000 ppi</translation>
    </message>
    <message>
        <source>500 ppi</source>
        <translation>500 ppi</translation>
    </message>
    <message>
        <source>Lossless images (*.png *.tif *.tiff)</source>
        <translation>Delweddau di-golled (*.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Wrthi&apos;n allforio %1…</translation>
    </message>
    <message>
        <source>The calibrated copy %1 was not written: %2</source>
        <translation>Ni ysgrifennwyd y copi wedi&apos;i raddnodi %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 and its processing report (output SHA-256 %2)</source>
        <translation>Ysgrifennwyd %1 a&apos;i adroddiad prosesu (SHA-256 yr allbwn %2)</translation>
    </message>
    <message>
        <source>The saved work on %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen y gwaith a gadwyd ar %1: %2</translation>
    </message>
    <message>
        <source>The saved work on %1 cannot be used by this version: %2</source>
        <translation>Ni all y fersiwn hon ddefnyddio&apos;r gwaith a gadwyd ar %1: %2</translation>
    </message>
    <message>
        <source>Saved work revision %1 by %2, %3; calibration: %4</source>
        <translation>Gwaith a gadwyd, fersiwn %1 gan %2, %3; graddnodi: %4</translation>
    </message>
    <message>
        <source>%1 cannot be saved yet: its original is still being read</source>
        <translation>Nid oes modd cadw %1 eto: mae ei wreiddiol yn dal i gael ei ddarllen</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>heb ei lwytho</translation>
    </message>
    <message>
        <source>Replaying the recipe on the original of %1 to record its output…</source>
        <translation>Wrthi&apos;n ailchwarae&apos;r rysáit ar wreiddiol %1 i gofnodi ei allbwn…</translation>
    </message>
    <message>
        <source>The work on %1 was not saved: someone saved it from another workstation meanwhile. Close and reopen the mark to see their work. (%2)</source>
        <translation>Ni chadwyd y gwaith ar %1: cadwodd rhywun ef o weithfan arall yn y cyfamser. Caewch yr ôl a&apos;i agor eto i weld eu gwaith. (%2)</translation>
    </message>
    <message>
        <source>The work on %1 was not saved: %2</source>
        <translation>Ni chadwyd y gwaith ar %1: %2</translation>
    </message>
    <message>
        <source>Saved the work on %1 as revision %2 (output SHA-256 %3)</source>
        <translation>Cadwyd y gwaith ar %1 fel fersiwn %2 (SHA-256 yr allbwn %3)</translation>
    </message>
    <message>
        <source>Unsaved Work</source>
        <translation>Gwaith heb ei gadw</translation>
    </message>
    <message>
        <source>The work on %1 (recipe, calibration, measurements) has changes that are not saved with the mark.</source>
        <translation>Mae newidiadau i&apos;r gwaith ar %1 (rysáit, graddnodi, mesuriadau) nad ydynt wedi&apos;u cadw gyda&apos;r ôl.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Eu cadw cyn cau?</translation>
    </message>
    <message>
        <source>Mar&amp;kup</source>
        <translation>&amp;Marcio</translation>
    </message>
    <message>
        <source>Mark features: a click places the chosen type (Shift+letter chooses it), a drag sets its direction; click a feature to select it, drag to move it, Delete removes it</source>
        <translation>Marcio nodweddion: mae clic yn gosod y math a ddewiswyd (mae Shift+llythyren yn ei ddewis), mae llusgo&apos;n gosod ei gyfeiriad; cliciwch nodwedd i&apos;w dewis, llusgwch hi i&apos;w symud, mae Delete yn ei thynnu</translation>
    </message>
    <message>
        <source>The markup of %1 could not be started: %2</source>
        <translation>Nid oedd modd dechrau marcio %1: %2</translation>
    </message>
    <message>
        <source>Feat&amp;ures</source>
        <translation>&amp;Nodweddion</translation>
    </message>
    <message>
        <source>The markup of %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen marcio %1: %2</translation>
    </message>
    <message>
        <source>The stored markup of %1 was not loaded: this window has newer changes, which are being saved as your draft</source>
        <translation>Ni lwythwyd y marcio a gadwyd ar gyfer %1: mae gan y ffenestr hon newidiadau mwy newydd, sy&apos;n cael eu cadw fel eich drafft</translation>
    </message>
    <message>
        <source>The stored markup of %1 cannot be used by this version: %2</source>
        <translation>Ni all y fersiwn hon ddefnyddio&apos;r marcio a gadwyd ar gyfer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resumed your unsaved markup of %1 (%n feature(s)), autosaved %2</source>
        <translation>
            <numerusform>Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi&apos;i gadw&apos;n awtomatig %2</numerusform>
            <numerusform>Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi&apos;i gadw&apos;n awtomatig %2</numerusform>
            <numerusform>Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi&apos;i gadw&apos;n awtomatig %2</numerusform>
            <numerusform>Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi&apos;i gadw&apos;n awtomatig %2</numerusform>
            <numerusform>Ailddechreuwyd eich marcio heb ei gadarnhau ar %1 (%n nodwedd), wedi&apos;i gadw&apos;n awtomatig %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Markup revision %1 of %2 (%n feature(s)), committed %3</source>
        <translation>
            <numerusform>Fersiwn %1 o farcio %2 (%n nodwedd), wedi&apos;i gadarnhau %3</numerusform>
            <numerusform>Fersiwn %1 o farcio %2 (%n nodwedd), wedi&apos;i gadarnhau %3</numerusform>
            <numerusform>Fersiwn %1 o farcio %2 (%n nodwedd), wedi&apos;i gadarnhau %3</numerusform>
            <numerusform>Fersiwn %1 o farcio %2 (%n nodwedd), wedi&apos;i gadarnhau %3</numerusform>
            <numerusform>Fersiwn %1 o farcio %2 (%n nodwedd), wedi&apos;i gadarnhau %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The markup of %1 could not be autosaved: %2</source>
        <translation>Nid oedd modd cadw marcio %1 yn awtomatig: %2</translation>
    </message>
    <message>
        <source>&amp;Commit Markup Revision</source>
        <translation>&amp;Cadarnhau fersiwn o&apos;r marcio</translation>
    </message>
    <message>
        <source>Store the markup as its next committed revision (with its SHA-256 in the audit trail); until then it is kept as your draft</source>
        <translation>Storio&apos;r marcio fel ei fersiwn nesaf wedi&apos;i chadarnhau (gyda&apos;i SHA-256 yn y llwybr archwilio); tan hynny caiff ei gadw fel eich drafft</translation>
    </message>
    <message>
        <source>The markup of %1 cannot be committed yet: it is still being read</source>
        <translation>Nid oes modd cadarnhau marcio %1 eto: mae&apos;n dal i gael ei ddarllen</translation>
    </message>
    <message>
        <source>Committing the markup of %1…</source>
        <translation>Wrthi&apos;n cadarnhau marcio %1…</translation>
    </message>
    <message>
        <source>The markup of %1 was not committed: there are no changes since the last revision</source>
        <translation>Ni chadarnhawyd marcio %1: nid oes newidiadau ers y fersiwn ddiwethaf</translation>
    </message>
    <message>
        <source>The markup of %1 was not committed: %2</source>
        <translation>Ni chadarnhawyd marcio %1: %2</translation>
    </message>
    <message>
        <source>Markup revision %1 of %2 committed</source>
        <translation>Cadarnhawyd fersiwn %1 o farcio %2</translation>
    </message>
    <message>
        <source>E&amp;xport Markup…</source>
        <translation>A&amp;llforio&apos;r marcio…</translation>
    </message>
    <message>
        <source>Write the markup to a ridgeline-markup JSON file</source>
        <translation>Ysgrifennu&apos;r marcio i ffeil JSON ridgeline-markup</translation>
    </message>
    <message>
        <source>&amp;Import Markup…</source>
        <translation>M&amp;ewnforio marcio…</translation>
    </message>
    <message>
        <source>Replace the markup with one read from a ridgeline-markup JSON file of this same image</source>
        <translation>Disodli&apos;r marcio ag un a ddarllenir o ffeil JSON ridgeline-markup ar gyfer yr un ddelwedd hon</translation>
    </message>
    <message>
        <source>Export Markup</source>
        <translation>Allforio&apos;r marcio</translation>
    </message>
    <message>
        <source>Ridgeline markup (*.json)</source>
        <translation>Marcio Ridgeline (*.json)</translation>
    </message>
    <message>
        <source>Import Markup</source>
        <translation>Mewnforio marcio</translation>
    </message>
    <message>
        <source>The markup of %1 was not exported: its original is still being read</source>
        <translation>Ni allforiwyd marcio %1: mae ei wreiddiol yn dal i gael ei ddarllen</translation>
    </message>
    <message>
        <source>The markup was not written to %1: %2</source>
        <translation>Ni ysgrifennwyd y marcio i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the markup (%n feature(s)) to %1</source>
        <translation>
            <numerusform>Ysgrifennwyd y marcio (%n nodwedd) i %1</numerusform>
            <numerusform>Ysgrifennwyd y marcio (%n nodwedd) i %1</numerusform>
            <numerusform>Ysgrifennwyd y marcio (%n nodwedd) i %1</numerusform>
            <numerusform>Ysgrifennwyd y marcio (%n nodwedd) i %1</numerusform>
            <numerusform>Ysgrifennwyd y marcio (%n nodwedd) i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: the original of %2 is still being read</source>
        <translation>Ni fewnforiwyd %1: mae gwreiddiol %2 yn dal i gael ei ddarllen</translation>
    </message>
    <message>
        <source>%1 was not imported: at %2 MB it is too large to be a markup file</source>
        <translation>Ni fewnforiwyd %1: ar %2 MB mae&apos;n rhy fawr i fod yn ffeil marcio</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Ni fewnforiwyd %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a valid markup file: %2</source>
        <translation>Ni fewnforiwyd %1: nid yw&apos;n ffeil marcio ddilys: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: it is the markup of another image (SHA-256 %2, %3×%4 px), not of %5 (SHA-256 %6, %7×%8 px)</source>
        <translation>Ni fewnforiwyd %1: marcio delwedd arall ydyw (SHA-256 %2, %3×%4 px), nid marcio %5 (SHA-256 %6, %7×%8 px)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the markup of %1 (%n feature(s)) with the one in %2?</source>
        <translation>
            <numerusform>Disodli marcio %1 (%n nodwedd) â&apos;r un yn %2?</numerusform>
            <numerusform>Disodli marcio %1 (%n nodwedd) â&apos;r un yn %2?</numerusform>
            <numerusform>Disodli marcio %1 (%n nodwedd) â&apos;r un yn %2?</numerusform>
            <numerusform>Disodli marcio %1 (%n nodwedd) â&apos;r un yn %2?</numerusform>
            <numerusform>Disodli marcio %1 (%n nodwedd) â&apos;r un yn %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its features, suggestions, region of interest, clarity map and &quot;none present&quot; records replace the current ones. This cannot be undone: the markup&apos;s undo history is cleared. Export the markup first to keep a copy.</source>
        <translation>Bydd ei nodweddion, ei awgrymiadau, ei ardal o ddiddordeb, ei fap eglurder a&apos;i gofnodion &quot;dim yn bresennol&quot; yn disodli&apos;r rhai presennol. Nid oes modd dadwneud hyn: caiff hanes dadwneud y marcio ei glirio. Allforiwch y marcio yn gyntaf i gadw copi.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Disodli</translation>
    </message>
    <message>
        <source>%1 was not imported: cancelled</source>
        <translation>Ni fewnforiwyd %1: canslwyd</translation>
    </message>
    <message numerus="yes">
        <source>Imported the markup in %1 (%n feature(s)); it is saved as your draft</source>
        <translation>
            <numerusform>Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi&apos;i gadw fel eich drafft</numerusform>
            <numerusform>Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi&apos;i gadw fel eich drafft</numerusform>
            <numerusform>Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi&apos;i gadw fel eich drafft</numerusform>
            <numerusform>Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi&apos;i gadw fel eich drafft</numerusform>
            <numerusform>Mewnforiwyd y marcio yn %1 (%n nodwedd); mae wedi&apos;i gadw fel eich drafft</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest &amp;Minutiae</source>
        <translation>&amp;Awgrymu manylion</translation>
    </message>
    <message>
        <source>Let the engine find ridge endings and bifurcations in the original; they are listed as suggestions in the Features tab to accept or reject</source>
        <translation>Gadael i&apos;r peiriant ganfod terfynau crib a ffyrch yn y gwreiddiol; cânt eu rhestru fel awgrymiadau yn y tab Nodweddion i&apos;w derbyn neu eu gwrthod</translation>
    </message>
    <message>
        <source>Show S&amp;uggestions</source>
        <translation>&amp;Dangos yr awgrymiadau</translation>
    </message>
    <message>
        <source>Draw the engine&apos;s suggestions on the image (hollow, with a question mark); hidden, they cannot be picked on the image</source>
        <translation>Llunio awgrymiadau&apos;r peiriant ar y ddelwedd (yn wag, gyda marc cwestiwn); pan fyddant wedi&apos;u cuddio, nid oes modd eu dewis ar y ddelwedd</translation>
    </message>
    <message>
        <source>Finding minutiae</source>
        <translation>Canfod manylion</translation>
    </message>
    <message>
        <source>Minutiae cannot be suggested for %1 yet: its original is still being read</source>
        <translation>Nid oes modd awgrymu manylion ar gyfer %1 eto: mae ei wreiddiol yn dal i gael ei ddarllen</translation>
    </message>
    <message>
        <source>Finding minutiae in %1…</source>
        <translation>Wrthi&apos;n canfod manylion yn %1…</translation>
    </message>
    <message>
        <source>No minutiae were suggested for %1: %2</source>
        <translation>Ni awgrymwyd unrhyw fanylion ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>The engine found no minutiae in %1: %2</source>
        <translation>Ni chanfu&apos;r peiriant unrhyw fanylion yn %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minutia(e) suggested in %1: accept or reject them in the Features tab</source>
        <translation>
            <numerusform>Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion</numerusform>
            <numerusform>Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion</numerusform>
            <numerusform>Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion</numerusform>
            <numerusform>Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion</numerusform>
            <numerusform>Awgrymwyd %n manylyn yn %1: derbyniwch neu gwrthodwch nhw yn y tab Nodweddion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkWorkflow</name>
    <message>
        <source>The mark cannot go from &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Ni all yr ôl symud o &quot;%1&quot; i &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the workflow has no such step</source>
        <translation>nid oes cam o&apos;r fath yn y llif gwaith</translation>
    </message>
    <message>
        <source>a %1 may not take this step</source>
        <translation>ni chaiff %1 gymryd y cam hwn</translation>
    </message>
    <message>
        <source>this step needs a reason</source>
        <translation>mae angen rheswm dros y cam hwn</translation>
    </message>
    <message>
        <source>no examiner is assigned to the mark</source>
        <translation>nid oes archwiliwr wedi&apos;i neilltuo i&apos;r ôl</translation>
    </message>
    <message>
        <source>the mark is assigned to %1; only they examine it</source>
        <translation>mae&apos;r ôl wedi&apos;i neilltuo i %1; dim ond nhw sy&apos;n ei archwilio</translation>
    </message>
    <message>
        <source>the analysis (value decision and markup) has not been committed</source>
        <translation>nid yw&apos;r dadansoddiad (y penderfyniad gwerth a&apos;r marcio) wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>no conclusion has been recorded</source>
        <translation>nid oes casgliad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>nobody verifies their own examination</source>
        <translation>nid oes neb yn dilysu ei archwiliad ei hun</translation>
    </message>
    <message>
        <source>no verification has been recorded</source>
        <translation>nid oes dilysiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>verification is only skipped under a recorded policy exemption</source>
        <translation>dim ond dan eithriad polisi a gofnodwyd y caiff dilysu ei hepgor</translation>
    </message>
    <message>
        <source>the conflict has no resolution record</source>
        <translation>nid oes cofnod datrys ar gyfer y gwrthdaro</translation>
    </message>
    <message>
        <source>nobody signs off an examination they made or verified</source>
        <translation>nid oes neb yn cymeradwyo archwiliad a wnaeth neu a ddilysodd</translation>
    </message>
    <message>
        <source>the analysis has not been committed</source>
        <translation>nid yw&apos;r dadansoddiad wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>the conclusion has been neither verified nor exempted from verification</source>
        <translation>nid yw&apos;r casgliad wedi&apos;i ddilysu na&apos;i eithrio rhag dilysu</translation>
    </message>
</context>
<context>
    <name>ridgeline::Markup</name>
    <message>
        <source>Ridge ending</source>
        <translation>Terfyn crib</translation>
    </message>
    <message>
        <source>No ridge endings present</source>
        <translation>Dim terfynau crib yn bresennol</translation>
    </message>
    <message>
        <source>Bifurcation</source>
        <translation>Fforch</translation>
    </message>
    <message>
        <source>No bifurcations present</source>
        <translation>Dim ffyrch yn bresennol</translation>
    </message>
    <message>
        <source>Minutia (type unknown)</source>
        <translation>Manylyn (math anhysbys)</translation>
    </message>
    <message>
        <source>No minutiae of unknown type present</source>
        <translation>Dim manylion o fath anhysbys yn bresennol</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Craidd</translation>
    </message>
    <message>
        <source>No cores present</source>
        <translation>Dim creiddiau yn bresennol</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>No deltas present</source>
        <translation>Dim deltâu yn bresennol</translation>
    </message>
    <message>
        <source>Dot</source>
        <translation>Dot</translation>
    </message>
    <message>
        <source>No dots present</source>
        <translation>Dim dotiau yn bresennol</translation>
    </message>
    <message>
        <source>Incipient ridge</source>
        <translation>Crib eginol</translation>
    </message>
    <message>
        <source>No incipient ridges present</source>
        <translation>Dim cribau eginol yn bresennol</translation>
    </message>
    <message>
        <source>Crease</source>
        <translation>Crych</translation>
    </message>
    <message>
        <source>No creases present</source>
        <translation>Dim crychau yn bresennol</translation>
    </message>
    <message>
        <source>Scar</source>
        <translation>Craith</translation>
    </message>
    <message>
        <source>No scars present</source>
        <translation>Dim creithiau yn bresennol</translation>
    </message>
    <message>
        <source>Distinctive feature</source>
        <translation>Nodwedd nodedig</translation>
    </message>
    <message>
        <source>No distinctive features present</source>
        <translation>Dim nodweddion nodedig yn bresennol</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>No notes present</source>
        <translation>Dim nodiadau yn bresennol</translation>
    </message>
    <message>
        <source>Class feature (pattern element)</source>
        <translation>Nodwedd dosbarth (elfen patrwm)</translation>
    </message>
    <message>
        <source>No class features present</source>
        <translation>Dim nodweddion dosbarth yn bresennol</translation>
    </message>
    <message>
        <source>Acquired feature (wear, damage)</source>
        <translation>Nodwedd gaffaeledig (traul, difrod)</translation>
    </message>
    <message>
        <source>No acquired features present</source>
        <translation>Dim nodweddion caffaeledig yn bresennol</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Hyder isel</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Hyder canolig</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hyder uchel</translation>
    </message>
    <message>
        <source>point</source>
        <translation>pwynt</translation>
    </message>
    <message>
        <source>polyline</source>
        <translation>llinell amlbwynt</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 picsel</translation>
    </message>
    <message>
        <source>%1 point %2 %3 is outside the image (%4)</source>
        <translation>%1: mae pwynt %2 %3 y tu allan i&apos;r ddelwedd (%4)</translation>
    </message>
    <message>
        <source>has %1 geometry points but no geometry kind</source>
        <translation>mae %1 pwynt geometreg ond dim math o geometreg</translation>
    </message>
    <message>
        <source>a %1 cannot have a %2</source>
        <translation>ni all %1 gael geometreg %2</translation>
    </message>
    <message>
        <source>its %1 has %2 points, at least %3 are needed</source>
        <translation>mae gan ei geometreg %1 %2 pwynt, mae angen o leiaf %3</translation>
    </message>
    <message>
        <source>a manual feature names an engine or a reviewer</source>
        <translation>mae nodwedd a farciwyd â llaw yn enwi peiriant neu adolygydd</translation>
    </message>
    <message>
        <source>an automatic feature must name its engine and the engine&apos;s version</source>
        <translation>rhaid i nodwedd awtomatig enwi ei pheiriant a fersiwn y peiriant</translation>
    </message>
    <message>
        <source>a reviewed feature needs both who reviewed it and when</source>
        <translation>mae nodwedd a adolygwyd angen pwy a&apos;i hadolygodd a phryd</translation>
    </message>
    <message>
        <source>suggestion %1</source>
        <translation>awgrym %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>nodwedd %1</translation>
    </message>
    <message>
        <source>suggestion %1 (%2)</source>
        <translation>awgrym %1 (%2)</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>nodwedd %1 (%2)</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>heb ddynodydd</translation>
    </message>
    <message>
        <source>position %1 is outside the image (%2)</source>
        <translation>mae safle %1 y tu allan i&apos;r ddelwedd (%2)</translation>
    </message>
    <message>
        <source>a %1 has no direction</source>
        <translation>nid oes gan %1 gyfeiriad</translation>
    </message>
    <message>
        <source>direction %1 is outside 0 to 360 degrees</source>
        <translation>mae cyfeiriad %1 y tu allan i 0 i 360 gradd</translation>
    </message>
    <message>
        <source>only footwear features have a subtype</source>
        <translation>dim ond nodweddion esgidiau sydd ag isdeip</translation>
    </message>
    <message>
        <source>records no author</source>
        <translation>nid yw&apos;n cofnodi awdur</translation>
    </message>
    <message>
        <source>records no creation or modification time</source>
        <translation>nid yw&apos;n cofnodi amser creu na newid</translation>
    </message>
    <message>
        <source>was modified before it was created</source>
        <translation>mae&apos;r amser newid cyn yr amser creu</translation>
    </message>
    <message>
        <source>the region of interest has %1 points, a polygon needs at least 3</source>
        <translation>mae gan yr ardal o ddiddordeb %1 pwynt, mae polygon angen o leiaf 3</translation>
    </message>
    <message>
        <source>the region of interest&apos;s</source>
        <translation>yr ardal o ddiddordeb</translation>
    </message>
    <message>
        <source>the image SHA-256 &quot;%1&quot; is not 64 lowercase hex digits</source>
        <translation>nid yw SHA-256 y ddelwedd &quot;%1&quot; yn 64 digid hecs mewn llythrennau bach</translation>
    </message>
    <message>
        <source>the image size %1 is empty</source>
        <translation>mae maint y ddelwedd %1 yn wag</translation>
    </message>
    <message>
        <source>%1: the id is already used by %2</source>
        <translation>%1: mae %2 eisoes yn defnyddio&apos;r dynodydd</translation>
    </message>
    <message>
        <source>%1: a suggestion must come from an engine and not be reviewed yet</source>
        <translation>%1: rhaid i awgrym ddod o beiriant a heb ei adolygu eto</translation>
    </message>
    <message>
        <source>%1: an automatic feature must be accepted by a reviewer (or stay a suggestion)</source>
        <translation>%1: rhaid i adolygydd dderbyn nodwedd awtomatig (neu rhaid iddi aros yn awgrym)</translation>
    </message>
    <message>
        <source>%1 is flagged as changed after an exemplar was seen, but no exemplar was seen</source>
        <translation>mae %1 wedi&apos;i nodi fel un a newidiwyd ar ôl gweld enghraifft, ond ni welwyd enghraifft</translation>
    </message>
    <message>
        <source>%1 is a %2, but the markup records &quot;%3&quot;</source>
        <translation>mae %1 o&apos;r math %2, ond mae&apos;r marcio yn cofnodi &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is recorded twice</source>
        <translation>cofnodir &quot;%1&quot; ddwywaith</translation>
    </message>
    <message>
        <source>the clarity map does not cover the image (%1)</source>
        <translation>nid yw&apos;r map eglurder yn cwmpasu&apos;r ddelwedd (%1)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>Green (clear)</source>
        <translation>Gwyrdd (eglur)</translation>
    </message>
    <message>
        <source>Yellow (some doubt)</source>
        <translation>Melyn (rhywfaint o amheuaeth)</translation>
    </message>
    <message>
        <source>Red (unclear)</source>
        <translation>Coch (aneglur)</translation>
    </message>
    <message>
        <source>Orange (after an exemplar was seen)</source>
        <translation>Oren (ar ôl gweld enghraifft)</translation>
    </message>
    <message>
        <source>clarity map: %1</source>
        <translation>map eglurder: %1</translation>
    </message>
    <message>
        <source>cell size %1 is outside 1..%2 pixels</source>
        <translation>mae maint cell %1 y tu allan i 1..%2 picsel</translation>
    </message>
    <message>
        <source>a %1 × %2 image in cells of %3 pixels needs too many cells</source>
        <translation>mae delwedd %1 × %2 mewn celloedd o %3 picsel angen gormod o gelloedd</translation>
    </message>
    <message>
        <source>%1 rows given, the grid of the image has %2</source>
        <translation>rhoddwyd %1 rhes, mae gan grid y ddelwedd %2</translation>
    </message>
    <message>
        <source>row %1: a run count starts with 0 at character %2</source>
        <translation>rhes %1: mae cyfrif rhediad yn dechrau gyda 0 wrth nod %2</translation>
    </message>
    <message>
        <source>row %1 holds more than the %2 cells of a row</source>
        <translation>mae rhes %1 yn dal mwy na&apos;r %2 cell mewn rhes</translation>
    </message>
    <message>
        <source>row %1: unknown level &apos;%2&apos; at character %3</source>
        <translation>rhes %1: lefel anhysbys &apos;%2&apos; wrth nod %3</translation>
    </message>
    <message>
        <source>row %1 holds %2 cells, a row has %3</source>
        <translation>mae rhes %1 yn dal %2 cell, mae gan res %3</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Symud %1</translation>
    </message>
    <message>
        <source>Set the direction of %1</source>
        <translation>Gosod cyfeiriad %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Paint clarity: %1</source>
        <translation>Paentio eglurder: %1</translation>
    </message>
    <message>
        <source>Clear the region of interest</source>
        <translation>Clirio&apos;r ardal o ddiddordeb</translation>
    </message>
    <message>
        <source>Set the region of interest</source>
        <translation>Gosod yr ardal o ddiddordeb</translation>
    </message>
    <message>
        <source>Record &quot;%1&quot;</source>
        <translation>Cofnodi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;</source>
        <translation>Tynnu &quot;%1&quot; yn ôl</translation>
    </message>
    <message>
        <source>Replace the engine&apos;s suggestions</source>
        <translation>Disodli awgrymiadau&apos;r peiriant</translation>
    </message>
    <message>
        <source>Accept the suggested %1</source>
        <translation>Derbyn y %1 a awgrymwyd</translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation>Derbyn %1 awgrym</translation>
    </message>
    <message>
        <source>Reject the suggested %1</source>
        <translation>Gwrthod y %1 a awgrymwyd</translation>
    </message>
    <message>
        <source>Reject %1 suggestions</source>
        <translation>Gwrthod %1 awgrym</translation>
    </message>
    <message>
        <source>Non-correspondence</source>
        <translation>Anghyfatebiaeth</translation>
    </message>
    <message>
        <source>Unclear area</source>
        <translation>Ardal aneglur</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>ôl</translation>
    </message>
    <message>
        <source>exemplar</source>
        <translation>enghraifft</translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation>pâr %1</translation>
    </message>
    <message>
        <source>%1: the %2 feature %3 is not in the %2&apos;s markup%4</source>
        <translation>%1: nid yw nodwedd %3 yr %2 ym marcio&apos;r %2%4</translation>
    </message>
    <message>
        <source> (it is a suggestion)</source>
        <translation> (awgrym yw hi)</translation>
    </message>
    <message>
        <source>%1: the %2 feature %3 is already in pair %4</source>
        <translation>%1: mae nodwedd %3 yr %2 eisoes ym mhâr %4</translation>
    </message>
    <message>
        <source>%1 records no author or time</source>
        <translation>nid yw %1 yn cofnodi awdur nac amser</translation>
    </message>
    <message>
        <source>the alignment matrix is not finite</source>
        <translation>nid yw matrics yr aliniad yn feidraidd</translation>
    </message>
    <message>
        <source>the alignment matrix is singular</source>
        <translation>mae matrics yr aliniad yn unigol</translation>
    </message>
    <message>
        <source>the alignment is called a similarity but its matrix is not one</source>
        <translation>disgrifir yr aliniad fel tebygrwydd ond nid yw ei fatrics yn fatrics tebygrwydd</translation>
    </message>
    <message>
        <source>the alignment uses pair %1, which is not there</source>
        <translation>mae&apos;r aliniad yn defnyddio pâr %1, nad yw yno</translation>
    </message>
    <message>
        <source>the alignment&apos;s pairs are not in ascending order</source>
        <translation>nid yw parau&apos;r aliniad mewn trefn esgynnol</translation>
    </message>
    <message>
        <source>the alignment records no author or time</source>
        <translation>nid yw&apos;r aliniad yn cofnodi awdur nac amser</translation>
    </message>
    <message>
        <source>annotation %1 (%2)</source>
        <translation>anodiad %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation>nid oes gan %1 ddynodydd</translation>
    </message>
    <message>
        <source>%1 has %2 points: give one point or a polygon of at least 3</source>
        <translation>mae gan %1 %2 pwynt: rhowch un pwynt neu bolygon o 3 pwynt o leiaf</translation>
    </message>
    <message>
        <source>%1: point (%2, %3) is outside the %4 (%5 × %6 pixels)</source>
        <translation>%1: mae pwynt (%2, %3) y tu allan i&apos;r %4 (%5 × %6 picsel)</translation>
    </message>
    <message>
        <source>the comparison has no id</source>
        <translation>nid oes gan y gymhariaeth ddynodydd</translation>
    </message>
    <message>
        <source>the comparison is of images %1 and %2, not of the markups given (%3 and %4)</source>
        <translation>mae&apos;r gymhariaeth o ddelweddau %1 a %2, nid o&apos;r marcio a roddwyd (%3 a %4)</translation>
    </message>
    <message>
        <source>the comparison records no author or time</source>
        <translation>nid yw&apos;r gymhariaeth yn cofnodi awdur nac amser</translation>
    </message>
    <message>
        <source>pair number %1 is not 1 or more</source>
        <translation>nid yw rhif pâr %1 yn 1 neu fwy</translation>
    </message>
    <message>
        <source>pair %1 is listed twice or out of order</source>
        <translation>mae pâr %1 wedi&apos;i restru ddwywaith neu allan o drefn</translation>
    </message>
    <message>
        <source>annotation %1 (%2) repeats the id of %3</source>
        <translation>mae anodiad %1 (%2) yn ailadrodd dynodydd %3</translation>
    </message>
    <message>
        <source>Link pair %1</source>
        <translation>Cysylltu pâr %1</translation>
    </message>
    <message>
        <source>Unlink pair %1</source>
        <translation>Datgysylltu pâr %1</translation>
    </message>
    <message>
        <source>Renumber the pairs</source>
        <translation>Ailrifo&apos;r parau</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Ôl %1</translation>
    </message>
    <message>
        <source>Record the alignment</source>
        <translation>Cofnodi&apos;r aliniad</translation>
    </message>
    <message>
        <source>Clear the alignment</source>
        <translation>Clirio&apos;r aliniad</translation>
    </message>
    <message>
        <source>The comparison needs the markups of both the mark and the exemplar open; open them again.</source>
        <translation>Mae&apos;r gymhariaeth angen i farcio&apos;r ôl a marcio&apos;r enghraifft fod ar agor; agorwch nhw eto.</translation>
    </message>
    <message>
        <source>No examiner is signed in, and the comparison records who changes it. Sign in and try again.</source>
        <translation>Nid oes archwiliwr wedi mewngofnodi, ac mae&apos;r gymhariaeth yn cofnodi pwy sy&apos;n ei newid. Mewngofnodwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Feature %1 of the %2 is an engine&apos;s suggestion; accept it before pairing it.</source>
        <translation>Awgrym gan beiriant yw nodwedd %1 yr %2; derbyniwch hi cyn ei pharu.</translation>
    </message>
    <message>
        <source>Feature %1 is not in the %2&apos;s markup.</source>
        <translation>Nid yw nodwedd %1 ym marcio&apos;r %2.</translation>
    </message>
    <message>
        <source>Feature %1 of the %2 is already in pair %3; unlink that pair first.</source>
        <translation>Mae nodwedd %1 yr %2 eisoes ym mhâr %3; datgysylltwch y pâr hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>There is no pair %1.</source>
        <translation>Nid oes pâr %1.</translation>
    </message>
    <message>
        <source>Annotation %1 is not there (any more).</source>
        <translation>Nid yw anodiad %1 yno (mwyach).</translation>
    </message>
    <message>
        <source>pair entry %1</source>
        <translation>cofnod pâr %1</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>anodiad %1</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;non-correspondence&quot; or &quot;unclear&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;non-correspondence&quot; nac &quot;unclear&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;left&quot; or &quot;right&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;left&quot; nac &quot;right&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;similarity&quot; or &quot;affine&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;similarity&quot; nac &quot;affine&quot;</translation>
    </message>
    <message>
        <source>must be two rows of three numbers</source>
        <translation>rhaid iddo fod yn ddwy res o dri rhif</translation>
    </message>
    <message>
        <source>must be a list of pair numbers</source>
        <translation>rhaid iddo fod yn rhestr o rifau parau</translation>
    </message>
    <message>
        <source>&apos;exemplar&apos;: finger position %1 is outside 0..255</source>
        <translation>&apos;exemplar&apos;: mae safle bys %1 y tu allan i 0..255</translation>
    </message>
    <message>
        <source>Comparison refused: %1</source>
        <translation>Gwrthodwyd y gymhariaeth: %1</translation>
    </message>
    <message>
        <source>Comparison refused: not a JSON object (%1 at offset %2)</source>
        <translation>Gwrthodwyd y gymhariaeth: nid yw&apos;n wrthrych JSON (%1 ar wrthbwyso %2)</translation>
    </message>
    <message>
        <source>An open comparison is of another image; close it first.</source>
        <translation>Mae cymhariaeth agored o ddelwedd arall; caewch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>Pair %1 of an open comparison uses a feature this markup does not have; close the comparison first.</source>
        <translation>Mae pâr %1 cymhariaeth agored yn defnyddio nodwedd nad yw yn y marcio hwn; caewch y gymhariaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>No examiner is signed in, and the markup records who changes it. Sign in and try again.</source>
        <translation>Nid oes archwiliwr wedi mewngofnodi, ac mae&apos;r marcio yn cofnodi pwy sy&apos;n ei newid. Mewngofnodwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Feature %1 is not in the markup (any more).</source>
        <translation>Nid yw nodwedd %1 yn y marcio (mwyach).</translation>
    </message>
    <message>
        <source>The markup already has a feature %1.</source>
        <translation>Mae nodwedd %1 yn y marcio eisoes.</translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot;; withdraw that before marking a %2.</source>
        <translation>Mae&apos;r marcio yn cofnodi &quot;%1&quot;; tynnwch hynny yn ôl cyn marcio %2.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 newydd</translation>
    </message>
    <message>
        <source>A clarity area needs at least 3 points.</source>
        <translation>Mae ardal eglurder angen o leiaf 3 pwynt.</translation>
    </message>
    <message>
        <source>Cannot record &quot;%1&quot;: %2 is marked; remove it first.</source>
        <translation>Nid oes modd cofnodi &quot;%1&quot;: mae %2 wedi&apos;i marcio; tynnwch hi yn gyntaf.</translation>
    </message>
    <message>
        <source>Suggestion %1 is not there (any more).</source>
        <translation>Nid yw awgrym %1 yno (mwyach).</translation>
    </message>
    <message>
        <source>%1: the id is already used</source>
        <translation>%1: mae&apos;r dynodydd eisoes yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot;; withdraw that before accepting a %2.</source>
        <translation>Mae&apos;r marcio yn cofnodi &quot;%1&quot;; tynnwch hynny yn ôl cyn derbyn %2.</translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot; but the suggestions include a %2; withdraw the record or reject those suggestions first.</source>
        <translation>Mae&apos;r marcio yn cofnodi &quot;%1&quot; ond mae&apos;r awgrymiadau&apos;n cynnwys %2; tynnwch y cofnod yn ôl neu gwrthodwch yr awgrymiadau hynny yn gyntaf.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;manual&quot; or &quot;automatic&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;manual&quot; nac &quot;automatic&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known feature type</source>
        <translation>nid yw &quot;%1&quot; yn fath hysbys o nodwedd</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;polyline&quot; or &quot;polygon&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;polyline&quot; nac &quot;polygon&quot;</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;low&quot;, &quot;medium&quot; nac &quot;high&quot;</translation>
    </message>
    <message>
        <source>clarity map: row %1 must be text</source>
        <translation>map eglurder: rhaid i res %1 fod yn destun</translation>
    </message>
    <message>
        <source>clarity map: %1 × %2 cells stated, cells of %3 pixels over the image make %4 × %5</source>
        <translation>map eglurder: nodwyd %1 × %2 cell, mae celloedd o %3 picsel dros y ddelwedd yn gwneud %4 × %5</translation>
    </message>
    <message>
        <source>the image size %1 × %2 is empty</source>
        <translation>mae maint y ddelwedd %1 × %2 yn wag</translation>
    </message>
    <message>
        <source>&apos;nonePresent&apos; item %1: &quot;%2&quot; is not a known feature type</source>
        <translation>&apos;nonePresent&apos; eitem %1: nid yw &quot;%2&quot; yn fath hysbys o nodwedd</translation>
    </message>
    <message>
        <source>Markup refused: %1</source>
        <translation>Gwrthodwyd y marcio: %1</translation>
    </message>
    <message>
        <source>Markup refused: not a JSON object (%1 at offset %2)</source>
        <translation>Gwrthodwyd y marcio: nid yw&apos;n wrthrych JSON (%1 ar wrthbwyso %2)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mae ar goll</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>rhaid iddo fod yn rhif cyfan, nid %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>must be a UUID in lowercase without braces, not &quot;%1&quot;</source>
        <translation>rhaid iddo fod yn UUID mewn llythrennau bach heb gromfachau, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-11-24T09:12:05.123Z, not &quot;%1&quot;</source>
        <translation>rhaid iddo fod yn amser UTC fel 2026-11-24T09:12:05.123Z, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>maes anhysbys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: maes anhysbys &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1: rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>%1 must be a point [x, y]</source>
        <translation>%1: rhaid iddo fod yn bwynt [x, y]</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>mae&apos;n &quot;%1&quot;, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is %1; this version of Ridgeline reads version %2 only</source>
        <translation>mae&apos;n %1; dim ond fersiwn %2 y mae&apos;r fersiwn hon o Ridgeline yn ei darllen</translation>
    </message>
    <message>
        <source>Comparison bundle refused: %1</source>
        <translation>Gwrthodwyd y bwndel cymharu: %1</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>nid yw&apos;n wrthrych JSON (%1 ar wrthbwyso %2)</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>y bwndel</translation>
    </message>
    <message>
        <source>the mark&apos;s markup: %1</source>
        <translation>marcio&apos;r ôl: %1</translation>
    </message>
    <message>
        <source>the exemplar&apos;s markup: %1</source>
        <translation>marcio&apos;r enghraifft: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupFeatureModel</name>
    <message>
        <source>%1, %2 px</source>
        <translation>%1, %2 px</translation>
    </message>
    <message>
        <source>%1, %2 mm</source>
        <translation>%1, %2 mm</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>After exemplar</source>
        <translation>Ar ôl enghraifft</translation>
    </message>
    <message>
        <source>%1 %2, accepted by %3</source>
        <translation>%1 %2, derbyniwyd gan %3</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>Marciwyd â llaw</translation>
    </message>
    <message>
        <source>%1 by %2, %3 UTC
%4</source>
        <translation>%1 gan %2, %3 UTC
%4</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Position (px)</source>
        <translation>Safle (px)</translation>
    </message>
    <message>
        <source>Position (mm)</source>
        <translation>Safle (mm)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>Suggested by %1 %2, not reviewed yet</source>
        <translation>Awgrymwyd gan %1 %2, heb ei adolygu eto</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupOverlay</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Direction: %1°</source>
        <translation>Cyfeiriad: %1°</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Hyder: %1</translation>
    </message>
    <message>
        <source>Added by %1 at %2 UTC</source>
        <translation>Ychwanegwyd gan %1 am %2 UTC</translation>
    </message>
    <message>
        <source>Changed at %1 UTC</source>
        <translation>Newidiwyd am %1 UTC</translation>
    </message>
    <message>
        <source>Origin: marked by hand</source>
        <translation>Tarddiad: marciwyd â llaw</translation>
    </message>
    <message>
        <source>Origin: %1 %2, accepted by %3</source>
        <translation>Tarddiad: %1 %2, derbyniwyd gan %3</translation>
    </message>
    <message>
        <source>Added or changed after an exemplar was seen</source>
        <translation>Ychwanegwyd neu newidiwyd ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>Suggestion: %1 (not reviewed)</source>
        <translation>Awgrym: %1 (heb ei adolygu)</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>Gan %1 %2</translation>
    </message>
    <message>
        <source>Select it, then Enter accepts it and Delete rejects it</source>
        <translation>Dewiswch ef, yna mae Enter yn ei dderbyn a Delete yn ei wrthod</translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupTool</name>
    <message>
        <source>Place %1</source>
        <translation>Gosod %1</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Nodweddion</translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation>Ardal o ddiddordeb</translation>
    </message>
    <message>
        <source>Clarity map</source>
        <translation>Map eglurder</translation>
    </message>
    <message>
        <source>A region of interest needs at least 3 points; %1 so far. Click more points, or press Escape to drop it.</source>
        <translation>Mae ardal o ddiddordeb angen o leiaf 3 pwynt; %1 hyd yma. Cliciwch ragor o bwyntiau, neu pwyswch Escape i&apos;w dileu.</translation>
    </message>
</context>
<context>
    <name>ridgeline::MeasurementPanel</name>
    <message>
        <source>Distance</source>
        <translation>Pellter</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ongl</translation>
    </message>
    <message>
        <source>Ridge count</source>
        <translation>Cyfrif cribau</translation>
    </message>
    <message>
        <source>Snap to the ruler&apos;s &amp;graduations</source>
        <translation>Snapio i &amp;farciau&apos;r pren mesur</translation>
    </message>
    <message>
        <source>Set &amp;ppi</source>
        <translation>Gosod y &amp;ppi</translation>
    </message>
    <message>
        <source>&amp;Remove measurement</source>
        <translation>&amp;Dileu&apos;r mesuriad</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The distance between the two points you mark on the scale with the calibration tool</source>
        <translation>Y pellter rhwng y ddau bwynt rydych yn eu marcio ar y raddfa gyda&apos;r offeryn graddnodi</translation>
    </message>
    <message>
        <source>Move your clicks onto the nearest graduations for a precise scale</source>
        <translation>Symud eich cliciau i&apos;r marciau graddfa agosaf i gael graddfa fanwl gywir</translation>
    </message>
    <message>
        <source>A resolution you know from elsewhere, in pixels per inch</source>
        <translation>Cydraniad rydych yn ei wybod o rywle arall, mewn picseli y fodfedd</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Graddnodi</translation>
    </message>
    <message>
        <source>Scale &amp;length:</source>
        <translation>&amp;Hyd y raddfa:</translation>
    </message>
    <message>
        <source>Typed &amp;resolution:</source>
        <translation>&amp;Cydraniad a deipiwyd:</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesuriad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesuriadau</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::OverlayCanvas</name>
    <message>
        <source>Overlay of the mark on the exemplar</source>
        <translation>Troshaen o&apos;r ôl ar yr enghraifft</translation>
    </message>
    <message>
        <source>Align the mark and the exemplar first (Comparison &gt; Align), from three or more corresponding pairs or the matcher&apos;s pairs.</source>
        <translation>Aliniwch yr ôl a&apos;r enghraifft yn gyntaf (Cymhariaeth &gt; Alinio), o dri neu ragor o barau cyfatebol neu o barau&apos;r offeryn paru.</translation>
    </message>
    <message>
        <source>The overlay cannot be shown: %1</source>
        <translation>Nid oes modd dangos y droshaen: %1</translation>
    </message>
    <message>
        <source>Preparing the overlay…</source>
        <translation>Wrthi&apos;n paratoi&apos;r droshaen…</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ôl</translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation>Enghraifft</translation>
    </message>
</context>
<context>
    <name>ridgeline::PackageBuilder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nid oes modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nid oes modd ysgrifennu %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Nid oes modd creu %1</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2</source>
        <translation>Nid oes modd ychwanegu %1 at %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Nid oes modd ailenwi %1 yn %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::PageThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::PdfDocument</name>
    <message>
        <source>%1 is not a PDF file (no %PDF- header)</source>
        <translation>Nid yw %1 yn ffeil PDF (dim pennyn %PDF-)</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read</source>
        <translation>Mae %1 yn PDF wedi&apos;i ddifrodi nad oes modd ei ddarllen</translation>
    </message>
    <message>
        <source>%1 is an encrypted PDF; ask the sender for an unprotected copy</source>
        <translation>Mae %1 yn PDF wedi&apos;i amgryptio; gofynnwch i&apos;r anfonwr am gopi heb ei ddiogelu</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: it has no readable pages</source>
        <translation>Mae %1 yn PDF wedi&apos;i ddifrodi: nid oes ganddo dudalennau darllenadwy</translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than the limit of %3</source>
        <translation>Mae gan %1 %2 tudalen, mwy na&apos;r terfyn o %3</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: its first page cannot be read</source>
        <translation>Mae %1 yn PDF wedi&apos;i ddifrodi: nid oes modd darllen ei dudalen gyntaf</translation>
    </message>
    <message>
        <source>%1 has no page %2</source>
        <translation>Nid oes tudalen %2 yn %1</translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to render at %3 dpi</source>
        <translation>Mae tudalen %1 o %2 yn rhy fawr i&apos;w llunio ar %3 dpi</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered</source>
        <translation>Nid oedd modd llunio tudalen %1 o %2</translation>
    </message>
    <message>
        <source>%1 has an empty first page</source>
        <translation>Mae tudalen gyntaf %1 yn wag</translation>
    </message>
</context>
<context>
    <name>ridgeline::PersonMatching</name>
    <message>
        <source>same identifier %1</source>
        <translation>yr un dynodwr %1</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>yr un enw a dyddiad geni</translation>
    </message>
    <message>
        <source>family and given names entered the other way round</source>
        <translation>cyfenw ac enw cyntaf wedi&apos;u rhoi y ffordd arall</translation>
    </message>
    <message>
        <source>name spelled differently (%1 / %2)</source>
        <translation>enw wedi&apos;i sillafu&apos;n wahanol (%1 / %2)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>yr un enw</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>yr un dyddiad geni</translation>
    </message>
    <message>
        <source>dates of birth differ as a typing slip would (%1 / %2)</source>
        <translation>mae&apos;r dyddiadau geni&apos;n wahanol fel y byddai llithriad teipio&apos;n eu gwneud (%1 / %2)</translation>
    </message>
</context>
<context>
    <name>ridgeline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Ridgeline.</source>
        <translation>Defnyddir iaith newydd o&apos;r tro nesaf y bydd Ridgeline yn cychwyn.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message numerus="yes">
        <source>As the workspace policy (%n min)</source>
        <translation>
            <numerusform>Fel polisi&apos;r gweithle (%n mun)</numerusform>
            <numerusform>Fel polisi&apos;r gweithle (%n mun)</numerusform>
            <numerusform>Fel polisi&apos;r gweithle (%n mun)</numerusform>
            <numerusform>Fel polisi&apos;r gweithle (%n mun)</numerusform>
            <numerusform>Fel polisi&apos;r gweithle (%n mun)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock the workstation after this many minutes without input. The workspace policy sets the longest time allowed; a shorter time here wins.</source>
        <translation>Cloi&apos;r weithfan ar ôl hyn o funudau heb fewnbwn. Polisi&apos;r gweithle sy&apos;n pennu&apos;r amser hiraf a ganiateir; mae amser byrrach yma&apos;n cael blaenoriaeth.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>How much memory each open mark viewer may use to keep the parts of the image it has already shown, so that going back to them is instant.</source>
        <translation>Faint o gof y caiff pob gwyliwr olion agored ei ddefnyddio i gadw&apos;r rhannau o&apos;r ddelwedd y mae eisoes wedi&apos;u dangos, fel bod mynd yn ôl atynt ar unwaith.</translation>
    </message>
    <message>
        <source>Memory each mark viewer keeps for parts of the image already shown</source>
        <translation>Y cof y mae pob gwyliwr olion yn ei gadw ar gyfer rhannau o&apos;r ddelwedd a ddangoswyd eisoes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each open mark viewer keeps the parts of the image it has already drawn, at every zoom, up to this amount of memory. Panning back or zooming to them is then instant; the parts seen longest ago make room first and are drawn again from the original when needed.&lt;/p&gt;&lt;p&gt;More memory helps when you work through very large images such as scene photographs; less leaves more for other programs. The mark itself is never changed. A new amount applies at once to the viewers already open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae pob gwyliwr olion agored yn cadw&apos;r rhannau o&apos;r ddelwedd y mae eisoes wedi&apos;u llunio, ar bob chwyddiad, hyd at y swm hwn o gof. Mae symud yn ôl neu chwyddo iddynt wedyn ar unwaith; y rhannau a welwyd hiraf yn ôl sy&apos;n gwneud lle gyntaf, ac fe&apos;u llunnir eto o&apos;r gwreiddiol pan fo angen.&lt;/p&gt;&lt;p&gt;Mae mwy o gof yn helpu wrth weithio drwy ddelweddau mawr iawn fel ffotograffau o&apos;r lleoliad; mae llai yn gadael mwy i raglenni eraill. Ni chaiff yr ôl ei hun byth ei newid. Daw swm newydd i rym ar unwaith yn y gwylwyr sydd eisoes ar agor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Cloi pan yn segur am:</translation>
    </message>
    <message>
        <source>Mark viewer</source>
        <translation>Gwyliwr olion</translation>
    </message>
    <message>
        <source>&amp;Memory for each viewer:</source>
        <translation>C&amp;of ar gyfer pob gwyliwr:</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReasonDialog</name>
    <message>
        <source>Required: it is kept with the mark&apos;s record and in the audit trail</source>
        <translation>Gofynnol: caiff ei gadw gyda chofnod yr ôl ac yn y llwybr archwilio</translation>
    </message>
</context>
<context>
    <name>ridgeline::RecipePanel</name>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ychwanegu cam</translation>
    </message>
    <message>
        <source>Add an enhancement step at the end</source>
        <translation>Ychwanegu cam gwella ar y diwedd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Dileu&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Apply the selected step earlier</source>
        <translation>Cymhwyso&apos;r cam a ddewiswyd yn gynt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Apply the selected step later</source>
        <translation>Cymhwyso&apos;r cam a ddewiswyd yn hwyrach</translation>
    </message>
    <message>
        <source>Enhancement steps</source>
        <translation>Camau gwella</translation>
    </message>
    <message>
        <source>Steps are applied to the original in this order; untick a step to skip it</source>
        <translation>Caiff y camau eu cymhwyso i&apos;r gwreiddiol yn y drefn hon; dad-diciwch gam i&apos;w hepgor</translation>
    </message>
    <message>
        <source>Parameters of the selected step:</source>
        <translation>Paramedrau&apos;r cam a ddewiswyd:</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ychwanegu “%1”</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>x,y; x,y; …</source>
        <translation>x,y; x,y; …</translation>
    </message>
    <message>
        <source>Points in pixels, separated by semicolons</source>
        <translation>Pwyntiau mewn picseli, wedi&apos;u gwahanu gan hanner colonau</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Dileu cam</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Symud cam</translation>
    </message>
    <message>
        <source>Enable step</source>
        <translation>Galluogi cam</translation>
    </message>
    <message>
        <source>Disable step</source>
        <translation>Analluogi cam</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportBuilder</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Canslwyd yr adroddiad; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>two points on the scale in the image, snapped to its graduations</source>
        <translation>dau bwynt ar y raddfa yn y ddelwedd, wedi&apos;u snapio i&apos;w marciau graddfa</translation>
    </message>
    <message>
        <source>two points on the scale in the image</source>
        <translation>dau bwynt ar y raddfa yn y ddelwedd</translation>
    </message>
    <message>
        <source>the resolution recorded in the image file</source>
        <translation>y cydraniad a gofnodwyd yn ffeil y ddelwedd</translation>
    </message>
    <message>
        <source>the resolution stated in the transmission</source>
        <translation>y cydraniad a nodwyd yn y trosglwyddiad</translation>
    </message>
    <message>
        <source>entered by the examiner</source>
        <translation>wedi&apos;i roi gan yr archwiliwr</translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation>heb ei raddnodi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n pwynt</numerusform>
            <numerusform>%n pwynt</numerusform>
            <numerusform>%n pwynt</numerusform>
            <numerusform>%n pwynt</numerusform>
            <numerusform>%n pwynt</numerusform>
        </translation>
    </message>
    <message>
        <source>(switched off, not applied)</source>
        <translation>(wedi&apos;i ddiffodd, heb ei gymhwyso)</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1: ychwanegwyd</translation>
    </message>
    <message>
        <source>%1 moved %2 px</source>
        <translation>%1: symudwyd %2 px</translation>
    </message>
    <message>
        <source>%1 changed to %2</source>
        <translation>%1: newidiwyd i %2</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1: dilëwyd</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1: golygwyd</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>nodwedd %1</translation>
    </message>
    <message>
        <source>flagged: after an exemplar was seen</source>
        <translation>wedi&apos;i nodi: ar ôl gweld enghraifft</translation>
    </message>
    <message>
        <source>No features were recorded at analysis.</source>
        <translation>Ni chofnodwyd unrhyw nodweddion wrth ddadansoddi.</translation>
    </message>
    <message>
        <source>The analysis snapshot could not be read: %1</source>
        <translation>Nid oedd modd darllen ciplun y dadansoddiad: %1</translation>
    </message>
    <message>
        <source>Features at analysis: %1 (%2).</source>
        <translation>Nodweddion wrth ddadansoddi: %1 (%2).</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Verification (blind)</source>
        <translation>Dilysu (dall)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Datrys</translation>
    </message>
    <message>
        <source>Mark %1 has no committed comparison to chart. Commit the comparison in the comparison window first.</source>
        <translation>Nid oes gan ôl %1 gymhariaeth wedi&apos;i chadarnhau i&apos;w rhoi ar siart. Cadarnhewch y gymhariaeth yn ffenestr y gymhariaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Comparison revision %1 of mark %2 could not be read: %3</source>
        <translation>Nid oedd modd darllen fersiwn %1 o gymhariaeth ôl %2: %3</translation>
    </message>
    <message>
        <source>The exhibit compared with mark %1 is no longer in its case.</source>
        <translation>Nid yw&apos;r arddangosyn a gymharwyd ag ôl %1 yn ei achos mwyach.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The exemplar impression compared with mark %1 is not linked to its case any more.</source>
        <translation>Nid yw&apos;r argraff enghreifftiol a gymharwyd ag ôl %1 wedi&apos;i chysylltu â&apos;i achos mwyach.</translation>
    </message>
    <message>
        <source>%1, %2 (%3), card %4</source>
        <translation>%1, %2 (%3), cerdyn %4</translation>
    </message>
    <message>
        <source>rolled</source>
        <translation>wedi&apos;i rholio</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gwastad</translation>
    </message>
    <message>
        <source>The stored enhancement could not be read (%1): the original is shown.</source>
        <translation>Nid oedd modd darllen y gwella a storiwyd (%1): dangosir y gwreiddiol.</translation>
    </message>
    <message>
        <source>The original is shown, as asked, without this enhancement.</source>
        <translation>Dangosir y gwreiddiol, fel y gofynnwyd, heb y gwella hwn.</translation>
    </message>
    <message>
        <source>The enhancement changes the image&apos;s geometry, so the chart shows the original, in whose pixels the features were marked.</source>
        <translation>Mae&apos;r gwella&apos;n newid geometreg y ddelwedd, felly mae&apos;r siart yn dangos y gwreiddiol, y marciwyd y nodweddion yn ei bicseli.</translation>
    </message>
    <message>
        <source>The enhancement could not be replayed (%1): the original is shown.</source>
        <translation>Nid oedd modd ailchwarae&apos;r gwella (%1): dangosir y gwreiddiol.</translation>
    </message>
    <message>
        <source>Replaying the enhancement gave pixels with SHA-256 %1, not the recorded %2: the original is shown.</source>
        <translation>Rhoddodd ailchwarae&apos;r gwella bicseli â SHA-256 %1, nid y %2 a gofnodwyd: dangosir y gwreiddiol.</translation>
    </message>
    <message>
        <source>Replayed on the original: output pixels SHA-256 %1, as recorded.</source>
        <translation>Ailchwaraewyd ar y gwreiddiol: SHA-256 picseli&apos;r allbwn %1, fel y&apos;i cofnodwyd.</translation>
    </message>
    <message>
        <source>Mark %1, %2</source>
        <translation>Ôl %1, %2</translation>
    </message>
    <message>
        <source>area %1 × %2 px from (%3, %4)</source>
        <translation>ardal %1 × %2 px o (%3, %4)</translation>
    </message>
    <message>
        <source>the resolution of the exemplar record</source>
        <translation>cydraniad cofnod yr enghraifft</translation>
    </message>
    <message>
        <source>Court chart: mark %1 and %2</source>
        <translation>Siart llys: ôl %1 wrth ochr %2</translation>
    </message>
    <message>
        <source>Comparison revision %1 by %2, %3; SHA-256 %4</source>
        <translation>Fersiwn %1 o&apos;r gymhariaeth gan %2, %3; SHA-256 %4</translation>
    </message>
    <message>
        <source>(reached against another exemplar; this chart shows the comparison with the exemplar named above)</source>
        <translation>(daethpwyd iddo yn erbyn enghraifft arall; mae&apos;r siart hwn yn dangos y gymhariaeth â&apos;r enghraifft a enwir uchod)</translation>
    </message>
    <message>
        <source>No conclusion recorded yet</source>
        <translation>Dim casgliad wedi&apos;i gofnodi eto</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Dilysydd</translation>
    </message>
    <message>
        <source>Verified blind: %1</source>
        <translation>Dilyswyd yn ddall: %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>cofnod %1</translation>
    </message>
    <message>
        <source>Conflict resolved by</source>
        <translation>Datryswyd y gwrthdaro gan</translation>
    </message>
    <message>
        <source>Verification exempted by</source>
        <translation>Eithriwyd rhag dilysu gan</translation>
    </message>
    <message>
        <source>Supervisor (sign-off)</source>
        <translation>Goruchwylydd (cymeradwyaeth)</translation>
    </message>
    <message>
        <source>Signed off, case revision %1</source>
        <translation>Cymeradwywyd, fersiwn %1 o&apos;r achos</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>allwedd %1</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Heb ei gymeradwyo</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>cipiwyd %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>yn %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>dyfais %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>derbyniwyd %1</translation>
    </message>
    <message>
        <source>Substrate: %1</source>
        <translation>Arwyneb: %1</translation>
    </message>
    <message>
        <source>Development: %1</source>
        <translation>Dull datblygu: %1</translation>
    </message>
    <message>
        <source>Distortion: %1</source>
        <translation>Ystumiad: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <source>Markup revision %1 snapshotted.</source>
        <translation>Tynnwyd ciplun o fersiwn %1 o&apos;r marcio.</translation>
    </message>
    <message>
        <source>Committed after an exemplar of the case was first seen (%1).</source>
        <translation>Cadarnhawyd ar ôl i enghraifft o&apos;r achos gael ei gweld gyntaf (%1).</translation>
    </message>
    <message>
        <source>Committed before any exemplar of the case was seen.</source>
        <translation>Cadarnhawyd cyn gweld unrhyw enghraifft o&apos;r achos.</translation>
    </message>
    <message>
        <source>Analysed by %1 on %2; the details are withheld from you.</source>
        <translation>Dadansoddwyd gan %1 ar %2; caiff y manylion eu hatal rhagoch.</translation>
    </message>
    <message>
        <source>Re-examined: %1. Outcome: %2. %3</source>
        <translation>Ailarchwiliwyd: %1. Canlyniad: %2. %3</translation>
    </message>
    <message>
        <source>Verification exempted: %1</source>
        <translation>Eithriwyd rhag dilysu: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(the verification differed)</source>
        <translation>(roedd y dilysiad yn wahanol)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>ganwyd %1</translation>
    </message>
    <message>
        <source>Withheld from you: %1</source>
        <translation>Ataliwyd rhagoch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s), added %2, SHA-256 %3</source>
        <translation>
            <numerusform>%1, %n tudalen, ychwanegwyd %2, SHA-256 %3</numerusform>
            <numerusform>%1, %n tudalen, ychwanegwyd %2, SHA-256 %3</numerusform>
            <numerusform>%1, %n tudalen, ychwanegwyd %2, SHA-256 %3</numerusform>
            <numerusform>%1, %n tudalen, ychwanegwyd %2, SHA-256 %3</numerusform>
            <numerusform>%1, %n tudalen, ychwanegwyd %2, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Voided %1 by %2: %3</source>
        <translation>Dirymwyd %1 gan %2: %3</translation>
    </message>
    <message>
        <source>The case has not been signed off.</source>
        <translation>Nid yw&apos;r achos wedi&apos;i gymeradwyo.</translation>
    </message>
    <message>
        <source>Signed off: revision %1 is in force.</source>
        <translation>Wedi&apos;i gymeradwyo: mae fersiwn %1 mewn grym.</translation>
    </message>
    <message>
        <source>Every sign-off of this case has been voided by later changes; it must be signed off again.</source>
        <translation>Mae pob cymeradwyaeth i&apos;r achos hwn wedi&apos;i dirymu gan newidiadau diweddarach; rhaid ei gymeradwyo eto.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>The audit trail is not open to you: %1</source>
        <translation>Nid yw&apos;r llwybr archwilio ar agor i chi: %1</translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r gweithle: %1</translation>
    </message>
    <message>
        <source>Workspace checked %1: %2 audit events in an unbroken chain, %3 checkpoints, %4 originals and %5 sign-offs verified.</source>
        <translation>Gwiriwyd y gweithle ar %1: dilyswyd %2 digwyddiad archwilio mewn cadwyn ddi-dor, %3 pwynt gwirio, %4 ffeil wreiddiol a %5 cymeradwyaeth.</translation>
    </message>
    <message>
        <source>The workspace check FAILED: %1</source>
        <translation>METHODD gwiriad y gweithle: %1</translation>
    </message>
    <message>
        <source>The workspace was not checked for this report.</source>
        <translation>Ni wiriwyd y gweithle ar gyfer yr adroddiad hwn.</translation>
    </message>
    <message>
        <source>Case report %1</source>
        <translation>Adroddiad achos %1</translation>
    </message>
    <message>
        <source>Status summary %1</source>
        <translation>Crynodeb statws %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2. Ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportDialog</name>
    <message>
        <source>Case report %1</source>
        <translation>Adroddiad achos %1</translation>
    </message>
    <message>
        <source>Status summary %1</source>
        <translation>Crynodeb statws %1</translation>
    </message>
    <message>
        <source>Reports — %1</source>
        <translation>Adroddiadau — %1</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Adroddiad achos</translation>
    </message>
    <message>
        <source>Court chart of one mark</source>
        <translation>Siart llys un ôl</translation>
    </message>
    <message>
        <source>Status summary for the victim</source>
        <translation>Crynodeb statws i&apos;r dioddefwr</translation>
    </message>
    <message>
        <source>Status summary for the prosecutor</source>
        <translation>Crynodeb statws i&apos;r erlynydd</translation>
    </message>
    <message>
        <source>Which report to make</source>
        <translation>Pa adroddiad i&apos;w lunio</translation>
    </message>
    <message>
        <source>The case report holds every record of the case; a court chart shows one mark beside its exemplar; a status summary gives progress without sensitive detail</source>
        <translation>Mae&apos;r adroddiad achos yn cynnwys pob cofnod o&apos;r achos; mae siart llys yn dangos un ôl wrth ochr ei enghraifft; mae crynodeb statws yn rhoi&apos;r cynnydd heb fanylion sensitif</translation>
    </message>
    <message>
        <source>The mark to chart: marks with a committed comparison you may see</source>
        <translation>Yr ôl i&apos;w roi ar siart: olion â chymhariaeth wedi&apos;i chadarnhau y cewch eu gweld</translation>
    </message>
    <message>
        <source>The chart shows the comparison with the exemplar of the conclusion that stands</source>
        <translation>Mae&apos;r siart yn dangos y gymhariaeth ag enghraifft y casgliad sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>Include &amp;court charts</source>
        <translation>Cynnwys &amp;siartiau llys</translation>
    </message>
    <message>
        <source>Append a court chart for every mark with a committed comparison</source>
        <translation>Atodi siart llys ar gyfer pob ôl â chymhariaeth wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <source>Check the &amp;workspace first</source>
        <translation>Gwirio&apos;r g&amp;weithle yn gyntaf</translation>
    </message>
    <message>
        <source>Verify the audit chain, the originals and the sign-offs, and print the outcome</source>
        <translation>Dilysu&apos;r gadwyn archwilio, y ffeiliau gwreiddiol a&apos;r cymeradwyaethau, ac argraffu&apos;r canlyniad</translation>
    </message>
    <message>
        <source>Show the &amp;original, not the enhancement</source>
        <translation>Dangos y &amp;gwreiddiol, nid y gwella</translation>
    </message>
    <message>
        <source>Print the mark as received even when an enhancement was saved with it</source>
        <translation>Argraffu&apos;r ôl fel y&apos;i derbyniwyd, hyd yn oed pan gadwyd gwella gydag ef</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>Ô&amp;l:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Build the report and show its pages as they will be printed</source>
        <translation>Llunio&apos;r adroddiad a dangos ei dudalennau fel y cânt eu hargraffu</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Allf&amp;orio PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF (Ctrl+S); the export and its SHA-256 go in the audit trail</source>
        <translation>Cadw&apos;r adroddiad fel PDF (Ctrl+S); caiff yr allforio a&apos;i SHA-256 eu cofnodi yn y llwybr archwilio</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Print the report through the print dialog (Ctrl+P); recorded in the audit trail</source>
        <translation>Argraffu&apos;r adroddiad drwy&apos;r ddeialog argraffu (Ctrl+P); caiff ei gofnodi yn y llwybr archwilio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stop making the report (Esc); nothing is saved or recorded</source>
        <translation>Rhoi&apos;r gorau i lunio&apos;r adroddiad (Esc); ni chaiff dim ei gadw na&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cau&apos;r ffenestr hon</translation>
    </message>
    <message>
        <source>The report&apos;s pages as Poppler renders them</source>
        <translation>Tudalennau&apos;r adroddiad fel y mae Poppler yn eu llunio</translation>
    </message>
    <message>
        <source>Looking for marks with a comparison…</source>
        <translation>Wrthi&apos;n chwilio am olion â chymhariaeth…</translation>
    </message>
    <message>
        <source>The marks could not be listed</source>
        <translation>Nid oedd modd rhestru&apos;r olion</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No mark of this case has a committed comparison</source>
        <translation>Nid oes gan unrhyw ôl yn yr achos hwn gymhariaeth wedi&apos;i chadarnhau</translation>
    </message>
    <message>
        <source>No mark of this case has a committed comparison to chart.</source>
        <translation>Nid oes gan unrhyw ôl yn yr achos hwn gymhariaeth wedi&apos;i chadarnhau i&apos;w rhoi ar siart.</translation>
    </message>
    <message>
        <source>Choose the report, then Preview, Export PDF or Print.</source>
        <translation>Dewiswch yr adroddiad, yna Rhagolwg, Allforio PDF neu Argraffu.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Choose a mark with a committed comparison first.</source>
        <translation>Dewiswch ôl â chymhariaeth wedi&apos;i chadarnhau yn gyntaf.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Wrthi&apos;n llunio&apos;r adroddiad…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or recorded.</source>
        <translation>Canslwyd: ni chadwyd ac ni chofnodwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s). Export PDF saves exactly these pages.</source>
        <translation>
            <numerusform>%1: %n tudalen. Mae Allforio PDF yn cadw&apos;r union dudalennau hyn.</numerusform>
            <numerusform>%1: %n tudalen. Mae Allforio PDF yn cadw&apos;r union dudalennau hyn.</numerusform>
            <numerusform>%1: %n tudalen. Mae Allforio PDF yn cadw&apos;r union dudalennau hyn.</numerusform>
            <numerusform>%1: %n tudalen. Mae Allforio PDF yn cadw&apos;r union dudalennau hyn.</numerusform>
            <numerusform>%1: %n tudalen. Mae Allforio PDF yn cadw&apos;r union dudalennau hyn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Allforio&apos;r adroddiad</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Wrthi&apos;n cadw %1…</translation>
    </message>
    <message>
        <source>Saved %1 (SHA-256 %2), recorded in the audit trail.</source>
        <translation>Cadwyd %1 (SHA-256 %2), a&apos;i gofnodi yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wrthi&apos;n argraffu…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Canslwyd yr argraffu.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer; recorded in the audit trail.</source>
        <translation>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd; cofnodwyd hyn yn y llwybr archwilio.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd; cofnodwyd hyn yn y llwybr archwilio.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd; cofnodwyd hyn yn y llwybr archwilio.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd; cofnodwyd hyn yn y llwybr archwilio.</numerusform>
            <numerusform>Anfonwyd %n tudalen i&apos;r argraffydd; cofnodwyd hyn yn y llwybr archwilio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportPdf</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 was cancelled: nothing was written.</source>
        <translation>Canslwyd %1: ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>%1 could not start: the printer or file refused to open. Check the printer or the folder and try again.</source>
        <translation>Nid oedd modd dechrau %1: gwrthododd yr argraffydd neu&apos;r ffeil agor. Gwiriwch yr argraffydd neu&apos;r ffolder a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be started. Check the printer or the disk and try again.</source>
        <translation>Nid oedd modd dechrau tudalen %2 o %1. Gwiriwch yr argraffydd neu&apos;r ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 could not be finished. Check the printer or the disk and try again.</source>
        <translation>Nid oedd modd gorffen %1. Gwiriwch yr argraffydd neu&apos;r ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>%1 · Workspace %2</source>
        <translation>%1 · Gweithle %2</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>Cynhyrchwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1. Nothing was written; please report this with the software version.</source>
        <translation>Nid oedd modd gorffen y PDF: %1. Ni ysgrifennwyd dim; rhowch wybod am hyn gyda fersiwn y feddalwedd.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ResolutionFormDialog</name>
    <message>
        <source>The mark, the markup, the impressions looked at again</source>
        <translation>Yr ôl, y marcio, yr argraffiadau a archwiliwyd eto</translation>
    </message>
    <message>
        <source>What the re-examination found</source>
        <translation>Beth a ganfu&apos;r ailarchwiliad</translation>
    </message>
    <message>
        <source>Resolve Conflict — %1</source>
        <translation>Datrys y gwrthdaro — %1</translation>
    </message>
    <message>
        <source>Re&amp;solve Conflict</source>
        <translation>&amp;Datrys y gwrthdaro</translation>
    </message>
    <message>
        <source>Store the resolution; the mark then goes to technical review</source>
        <translation>Storio&apos;r datrysiad; yna mae&apos;r ôl yn mynd i adolygiad technegol</translation>
    </message>
    <message>
        <source>What was &amp;re-examined:</source>
        <translation>Beth a aila&amp;rchwiliwyd:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>The conclusion that stands</source>
        <translation>Y casgliad sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>Say what was re-examined.</source>
        <translation>Dywedwch beth a ailarchwiliwyd.</translation>
    </message>
    <message>
        <source>Say what the re-examination found.</source>
        <translation>Dywedwch beth a ganfu&apos;r ailarchwiliad.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ResolveConflictDialog</name>
    <message>
        <source>e.g. the mark and both impressions, at 1:1 and enhanced</source>
        <translation>e.e. yr ôl a&apos;r ddwy argraff, ar 1:1 ac wedi&apos;u gwella</translation>
    </message>
    <message>
        <source>What the re-examination found, and why</source>
        <translation>Beth a ganfu&apos;r ailarchwiliad, a pham</translation>
    </message>
    <message>
        <source>The basis of the conclusion that stands, in words</source>
        <translation>Sail y casgliad sy&apos;n sefyll, mewn geiriau</translation>
    </message>
    <message>
        <source>Resolve Conflict on %1</source>
        <translation>Datrys y gwrthdaro ar %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>The examiner and the verifier of %1 reached different conclusions. Record what was re-examined, the outcome, and the conclusion that stands. The resolution is kept with the mark&apos;s record and in the audit trail.</source>
        <translation>Daeth archwiliwr a dilysydd %1 i gasgliadau gwahanol. Cofnodwch beth a ailarchwiliwyd, y canlyniad, a&apos;r casgliad sy&apos;n sefyll. Caiff y datrysiad ei gadw gyda chofnod yr ôl ac yn y llwybr archwilio.</translation>
    </message>
    <message>
        <source>&amp;Re-examined:</source>
        <translation>Beth a &amp;ailarchwiliwyd:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ca&amp;nlyniad:</translation>
    </message>
    <message>
        <source>&amp;Conclusion that stands:</source>
        <translation>Y &amp;casgliad sy&apos;n sefyll:</translation>
    </message>
    <message>
        <source>&amp;Exemplar:</source>
        <translation>&amp;Enghraifft:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Sail:</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>Datrys y gwrthdaro</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueController</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>rolled</source>
        <translation>wedi&apos;i rholio</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>gwastad</translation>
    </message>
    <message>
        <source>The exemplars of the case could not be listed: %1</source>
        <translation>Nid oedd modd rhestru enghreifftiau&apos;r achos: %1</translation>
    </message>
    <message>
        <source>The sign-offs of the case could not be read: %1</source>
        <translation>Nid oedd modd darllen cymeradwyaethau&apos;r achos: %1</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>Nid oedd modd darllen y ciw adolygu: %1</translation>
    </message>
    <message>
        <source>The record of the mark could not be read: %1</source>
        <translation>Nid oedd modd darllen cofnod yr ôl: %1</translation>
    </message>
    <message>
        <source>select a mark in the queue first, and wait for the step under way</source>
        <translation>dewiswch ôl yn y ciw yn gyntaf, ac arhoswch i&apos;r cam sydd ar waith orffen</translation>
    </message>
    <message>
        <source>%1 returned to the examiner for rework.</source>
        <translation>Dychwelwyd %1 i&apos;r archwiliwr i&apos;w ailweithio.</translation>
    </message>
    <message>
        <source>%1 was not returned for rework: %2</source>
        <translation>Ni ddychwelwyd %1 i&apos;w ailweithio: %2</translation>
    </message>
    <message>
        <source>%1 exempted from verification; it is now at technical review.</source>
        <translation>Eithriwyd %1 rhag dilysu; mae bellach yn aros am adolygiad technegol.</translation>
    </message>
    <message>
        <source>%1 was not exempted from verification: %2</source>
        <translation>Ni eithriwyd %1 rhag dilysu: %2</translation>
    </message>
    <message>
        <source>The conflict on %1 is resolved; the mark is at technical review.</source>
        <translation>Mae&apos;r gwrthdaro ar %1 wedi&apos;i ddatrys; mae&apos;r ôl yn aros am adolygiad technegol.</translation>
    </message>
    <message>
        <source>The conflict on %1 was not resolved: %2</source>
        <translation>Ni ddatryswyd y gwrthdaro ar %1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueModel</name>
    <message>
        <source>In this stage since %1</source>
        <translation>Yn y cam hwn ers %1</translation>
    </message>
    <message>
        <source>How long the mark has been waiting in its current ACE-V stage</source>
        <translation>Am ba hyd y mae&apos;r ôl wedi bod yn aros yn ei gam ACE-V presennol</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation>Cam ACE-V</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Archwiliwr</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Dilysydd</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Amser aros</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Pam ar y rhestr</translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueWindow</name>
    <message>
        <source>Review Queue — Ridgeline</source>
        <translation>Ciw adolygu — Ridgeline</translation>
    </message>
    <message>
        <source>Marks waiting for a supervisor</source>
        <translation>Olion yn aros am oruchwylydd</translation>
    </message>
    <message>
        <source>Sign-offs of the case</source>
        <translation>Cymeradwyaethau&apos;r achos</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
            <numerusform>%n ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Wrthi&apos;n darllen y cofnod…</translation>
    </message>
    <message>
        <source>Select a mark in the queue to see its full record.</source>
        <translation>Dewiswch ôl yn y ciw i weld ei gofnod llawn.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Read the review queue and the selected record again</source>
        <translation>Darllen y ciw adolygu a&apos;r cofnod a ddewiswyd eto</translation>
    </message>
    <message>
        <source>Return for Re&amp;work…</source>
        <translation>&amp;Dychwelyd i&apos;w ailweithio…</translation>
    </message>
    <message>
        <source>Send the selected mark back to its examiner&apos;s comparison, with the reason</source>
        <translation>Anfon yr ôl a ddewiswyd yn ôl at ei archwiliwr i&apos;w gymharu eto, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>&amp;Exempt from Verification…</source>
        <translation>&amp;Eithrio rhag dilysu…</translation>
    </message>
    <message>
        <source>Move the selected concluded mark to technical review without a verification, under a recorded policy exemption</source>
        <translation>Symud yr ôl a ddewiswyd, sydd â chasgliad wedi&apos;i gofnodi, i adolygiad technegol heb ddilysiad, dan eithriad polisi a gofnodwyd</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation>Datrys y &amp;gwrthdaro…</translation>
    </message>
    <message>
        <source>Record what was re-examined, the outcome and the conclusion that stands</source>
        <translation>Cofnodi beth a ailarchwiliwyd, y canlyniad a&apos;r casgliad sy&apos;n sefyll</translation>
    </message>
    <message>
        <source>&amp;Sign Off Case…</source>
        <translation>&amp;Cymeradwyo&apos;r achos…</translation>
    </message>
    <message>
        <source>Sign the marks of the selected mark&apos;s case at technical review with your own key</source>
        <translation>Llofnodi â&apos;ch allwedd eich hun yr olion sy&apos;n aros am adolygiad technegol yn achos yr ôl a ddewiswyd</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Analysis and changes since</source>
        <translation>Dadansoddiad a newidiadau ers hynny</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Casgliadau</translation>
    </message>
    <message>
        <source>Conflicts and history</source>
        <translation>Gwrthdaro a hanes</translation>
    </message>
    <message>
        <source>%1 (%2) of case %3: %4, version %5</source>
        <translation>%1 (%2) o achos %3: %4, fersiwn %5</translation>
    </message>
    <message>
        <source>Sign-offs of case %1</source>
        <translation>Cymeradwyaethau achos %1</translation>
    </message>
    <message>
        <source>Return %1 for Rework</source>
        <translation>Dychwelyd %1 i&apos;w ailweithio</translation>
    </message>
    <message>
        <source>%1 goes back to its examiner&apos;s comparison. Say what needs another look.</source>
        <translation>Mae %1 yn mynd yn ôl at ei archwiliwr i&apos;w gymharu eto. Dywedwch beth sydd angen edrych arno eto.</translation>
    </message>
    <message>
        <source>Return for Rework</source>
        <translation>Dychwelyd i&apos;w ailweithio</translation>
    </message>
    <message>
        <source>Exempt %1 from Verification</source>
        <translation>Eithrio %1 rhag dilysu</translation>
    </message>
    <message>
        <source>%1 moves to technical review without a second examiner&apos;s verification. Name the policy that allows it.</source>
        <translation>Mae %1 yn symud i adolygiad technegol heb ddilysiad gan ail archwiliwr. Enwch y polisi sy&apos;n caniatáu hynny.</translation>
    </message>
    <message>
        <source>Exempt from Verification</source>
        <translation>Eithrio rhag dilysu</translation>
    </message>
    <message>
        <source>No mark of this case is at technical review; there is nothing to sign off.</source>
        <translation>Nid oes ôl o&apos;r achos hwn yn aros am adolygiad technegol; nid oes dim i&apos;w gymeradwyo.</translation>
    </message>
    <message>
        <source>Case %1 signed off as revision %2 with key %3.</source>
        <translation>Cymeradwywyd achos %1 fel fersiwn %2 gydag allwedd %3.</translation>
    </message>
    <message>
        <source>The case changed while the dialog was open: what was signed is not the revision shown. Check revision %1 before relying on it.</source>
        <translation>Newidiodd yr achos tra oedd y ddeialog ar agor: nid y fersiwn a ddangoswyd yw&apos;r hyn a lofnodwyd. Gwiriwch fersiwn %1 cyn dibynnu arni.</translation>
    </message>
</context>
<context>
    <name>ridgeline::Role</name>
    <message>
        <source>Fingerprint examiner</source>
        <translation>Archwiliwr olion bysedd</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Swyddog achos</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwylydd</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
</context>
<context>
    <name>ridgeline::SearchHitModel</name>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
</context>
<context>
    <name>ridgeline::SearchResultsView</name>
    <message>
        <source>Find in workspace: references, names, places, document text</source>
        <translation>Chwilio yn y gweithle: cyfeirnodau, enwau, lleoedd, testun dogfennau</translation>
    </message>
    <message>
        <source>Press Enter to search the whole workspace</source>
        <translation>Pwyswch Enter i chwilio&apos;r gweithle cyfan</translation>
    </message>
    <message>
        <source>Type words to look for and press Enter.</source>
        <translation>Teipiwch eiriau i chwilio amdanynt a phwyso Enter.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a hit to open its case</source>
        <translation>Cliciwch ddwywaith neu bwyso Enter ar ganlyniad i agor ei achos</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Wrthi&apos;n chwilio am “%1”…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Dim byd i “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n canlyniad i “%1”</numerusform>
            <numerusform>%n canlyniad i “%1”</numerusform>
            <numerusform>%n canlyniad i “%1”</numerusform>
            <numerusform>%n canlyniad i “%1”</numerusform>
            <numerusform>%n canlyniad i “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffController</name>
    <message>
        <source>The revision to sign could not be built: %1</source>
        <translation>Nid oedd modd llunio&apos;r fersiwn i&apos;w llofnodi: %1</translation>
    </message>
    <message>
        <source>Choose at least one mark and wait for the revision&apos;s SHA-256 before signing.</source>
        <translation>Dewiswch o leiaf un ôl ac arhoswch am SHA-256 y fersiwn cyn llofnodi.</translation>
    </message>
    <message>
        <source>Case %1 was not signed off: %2</source>
        <translation>Ni chymeradwywyd achos %1: %2</translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffDialog</name>
    <message>
        <source>Sign Off Case %1</source>
        <translation>Cymeradwyo achos %1</translation>
    </message>
    <message>
        <source>The marks checked below are signed off together as one revision of case %1, with your own key. The revision is then frozen: a later change to any of them voids this sign-off.</source>
        <translation>Caiff yr olion a diciwyd isod eu cymeradwyo gyda&apos;i gilydd fel un fersiwn o achos %1, â&apos;ch allwedd eich hun. Yna caiff y fersiwn ei rhewi: bydd newid diweddarach i unrhyw un ohonynt yn dirymu&apos;r gymeradwyaeth hon.</translation>
    </message>
    <message>
        <source>%1 (%2): examined by %3, verified by %4</source>
        <translation>%1 (%2): archwiliwyd gan %3, dilyswyd gan %4</translation>
    </message>
    <message>
        <source>nobody (exempted)</source>
        <translation>neb (wedi&apos;i eithrio)</translation>
    </message>
    <message>
        <source>SHA-256 of the canonical revision document of the checked marks: their originals, analysis snapshots, markup and comparison revisions and conclusions. The signature covers it with your name, your key and the time added.</source>
        <translation>SHA-256 dogfen fersiwn ganonaidd yr olion a diciwyd: eu ffeiliau gwreiddiol, cipluniau&apos;r dadansoddiadau, fersiynau&apos;r marcio a&apos;r cymariaethau, a&apos;r casgliadau. Mae&apos;r llofnod yn ei chwmpasu, ynghyd â&apos;ch enw, eich allwedd a&apos;r amser.</translation>
    </message>
    <message>
        <source>Your passphrase, as when you sign in</source>
        <translation>Eich cyfrinymadrodd, fel wrth fewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Marks at technical review:</source>
        <translation>&amp;Olion yn aros am adolygiad technegol:</translation>
    </message>
    <message>
        <source>Revision to be signed (SHA-256):</source>
        <translation>Fersiwn i&apos;w llofnodi (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation>Cy&amp;meradwyo</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>dim ar gael</translation>
    </message>
    <message>
        <source>check at least one mark</source>
        <translation>ticiwch o leiaf un ôl</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wrthi&apos;n cyfrifo…</translation>
    </message>
    <message>
        <source>%1
(revision document of %2 bytes)</source>
        <translation>%1
(dogfen fersiwn o %2 beit)</translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffModel</name>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>Dirymwyd %1: %2</translation>
    </message>
    <message>
        <source>Voided %1 by %2: %3</source>
        <translation>Dirymwyd %1 gan %2: %3</translation>
    </message>
    <message>
        <source>SHA-256 of the signed revision document:
%1</source>
        <translation>SHA-256 y ddogfen fersiwn a lofnodwyd:
%1</translation>
    </message>
    <message>
        <source>Ed25519 public key of %1:
%2</source>
        <translation>Allwedd gyhoeddus Ed25519 %1:
%2</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwylydd</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Llofnodwyd</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Olion</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Bysbrint yr allwedd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>ridgeline::StatusSummaryPdf</name>
    <message>
        <source>No marks have been received for examination yet.</source>
        <translation>Nid oes unrhyw olion wedi&apos;u derbyn i&apos;w harchwilio eto.</translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor on %1.</source>
        <translation>Mae&apos;r archwiliad wedi&apos;i gwblhau. Cafodd y canlyniadau eu gwirio a&apos;u cymeradwyo gan oruchwylydd ar %1.</translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor.</source>
        <translation>Mae&apos;r archwiliad wedi&apos;i gwblhau. Cafodd y canlyniadau eu gwirio a&apos;u cymeradwyo gan oruchwylydd.</translation>
    </message>
    <message>
        <source>Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.</source>
        <translation>Mae pob ôl wedi&apos;i archwilio. Mae&apos;r canlyniadau&apos;n aros i oruchwylydd eu gwirio a&apos;u cymeradwyo.</translation>
    </message>
    <message>
        <source>The examination is still in progress.</source>
        <translation>Mae&apos;r archwiliad yn dal i fynd rhagddo.</translation>
    </message>
    <message>
        <source>Fingerprint examination: status summary</source>
        <translation>Archwilio olion bysedd: crynodeb o&apos;r sefyllfa</translation>
    </message>
    <message>
        <source>For the prosecutor</source>
        <translation>I&apos;r erlynydd</translation>
    </message>
    <message>
        <source>For the person affected by the offence</source>
        <translation>I&apos;r sawl yr effeithiodd y drosedd arnynt</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Trosedd</translation>
    </message>
    <message>
        <source>Date of this summary</source>
        <translation>Dyddiad y crynodeb hwn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Marks received for examination</source>
        <translation>Olion a dderbyniwyd i&apos;w harchwilio</translation>
    </message>
    <message>
        <source>Marks examined so far</source>
        <translation>Olion a archwiliwyd hyd yma</translation>
    </message>
    <message>
        <source>Marks with results checked and signed off</source>
        <translation>Olion y mae eu canlyniadau wedi&apos;u gwirio a&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case: %1.</source>
        <translation>Os hoffech ragor o wybodaeth, cysylltwch â swyddog yr achos: %1.</translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case.</source>
        <translation>Os hoffech ragor o wybodaeth, cysylltwch â swyddog yr achos.</translation>
    </message>
    <message>
        <source>This summary gives counts only. It does not name anybody, describe any mark or state any result of a comparison.</source>
        <translation>Niferoedd yn unig sydd yn y crynodeb hwn. Nid yw&apos;n enwi neb, yn disgrifio unrhyw ôl nac yn nodi unrhyw ganlyniad cymhariaeth.</translation>
    </message>
    <message>
        <source>The status summary of case %1</source>
        <translation>crynodeb statws achos %1</translation>
    </message>
    <message>
        <source>Status summary: %1</source>
        <translation>Crynodeb statws: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::TemplateService</name>
    <message>
        <source>Mark %1 has no committed markup to export; commit the markup first</source>
        <translation>Nid oes gan ôl %1 farcio wedi&apos;i gadarnhau i&apos;w allforio; cadarnhewch y marcio yn gyntaf</translation>
    </message>
    <message>
        <source>The markup revision %1 of mark %2</source>
        <translation>Ôl %2, fersiwn %1 o&apos;r marcio</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Ôl %1</translation>
    </message>
    <message>
        <source>The template holds %1 finger views; a mark takes the points of one view, so import a template of one view</source>
        <translation>Mae&apos;r templed yn dal %1 o olygon bys; mae ôl yn cymryd pwyntiau un olwg, felly mewnforiwch dempled un olwg</translation>
    </message>
    <message>
        <source>Mark %1 already has a markup draft of yours (saved %2); commit or discard it first, or replace it</source>
        <translation>Mae gennych ddrafft marcio ar gyfer ôl %1 eisoes (cadwyd %2); cadarnhewch neu gwaredwch ef yn gyntaf, neu disodlwch ef</translation>
    </message>
    <message>
        <source>The committed markup of mark %1 is not of its original&apos;s size</source>
        <translation>Nid yw&apos;r marcio a gadarnhawyd ar gyfer ôl %1 o&apos;r un maint â&apos;i wreiddiol</translation>
    </message>
</context>
<context>
    <name>ridgeline::ThumbnailHook</name>
    <message>
        <source>thumbnails</source>
        <translation>mân-luniau</translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionManifest</name>
    <message>
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>is larger than 16 MB</source>
        <translation>mae&apos;n fwy na 16 MB</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation>nid yw&apos;n JSON dilys (%1 ar feit %2)</translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation>rhaid iddo gynnwys gwrthrych JSON</translation>
    </message>
    <message>
        <source>must be &quot;ridgeline-transmission&quot;</source>
        <translation>rhaid iddo fod yn &quot;ridgeline-transmission&quot;</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (this version of Ridgeline reads version %2)</source>
        <translation>ni chefnogir fersiwn sgema %1 (mae&apos;r fersiwn hon o Ridgeline yn darllen fersiwn %2)</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>rhaid iddo fod yn UUID</translation>
    </message>
    <message>
        <source>is empty: a transmission carries at least one item</source>
        <translation>mae&apos;n wag: mae trosglwyddiad yn cario o leiaf un eitem</translation>
    </message>
    <message>
        <source>has more than 10,000 entries</source>
        <translation>mae ganddo fwy na 10,000 o gofnodion</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>maes &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mae ar goll</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>rhaid iddo fod yn llinyn testun</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>mae&apos;n wag</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>mae&apos;n hwy na %1 nod</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a zone, e.g. 2026-11-24T08:30:00Z</source>
        <translation>rhaid iddo fod yn amser ISO 8601 gyda chylchfa amser, e.e. 2026-11-24T08:30:00Z</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>rhaid iddo fod yn rhif o %1 i %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>rhaid iddo fod yn arae</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be an object</source>
        <translation>rhaid i &quot;%1[%2]&quot; fod yn wrthrych</translation>
    </message>
    <message>
        <source>has unknown value &quot;%1&quot;</source>
        <translation>mae ganddo werth anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path inside the package</source>
        <translation>nid yw &quot;%1&quot; yn llwybr perthynol diogel y tu mewn i&apos;r pecyn</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>rhaid iddo fod yn 64 digid hecsadegol</translation>
    </message>
    <message>
        <source>must be &quot;rolled&quot; or &quot;plain&quot;</source>
        <translation>rhaid iddo fod yn &quot;rolled&quot; neu &quot;plain&quot;</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>rhaid iddo fod yn ddyddiad ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <source>field &quot;items[%1].exhibit&quot; repeats exhibit reference &quot;%2&quot;</source>
        <translation>mae&apos;r maes &quot;items[%1].exhibit&quot; yn ailadrodd cyfeirnod arddangosyn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &quot;items[%1].path&quot; repeats file &quot;%2&quot;</source>
        <translation>mae&apos;r maes &quot;items[%1].path&quot; yn ailadrodd y ffeil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &quot;items[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation>mae&apos;r maes &quot;items[%1].person&quot; yn enwi person &quot;%2&quot;, nad yw yn &quot;persons&quot;</translation>
    </message>
    <message>
        <source>field &quot;persons[%1].ref&quot; repeats person &quot;%2&quot;</source>
        <translation>mae&apos;r maes &quot;persons[%1].ref&quot; yn ailadrodd person &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &quot;links[%1].item&quot; names exhibit &quot;%2&quot;, which is not in &quot;items&quot;</source>
        <translation>mae&apos;r maes &quot;links[%1].item&quot; yn enwi arddangosyn &quot;%2&quot;, nad yw yn &quot;items&quot;</translation>
    </message>
    <message>
        <source>field &quot;links[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation>mae&apos;r maes &quot;links[%1].person&quot; yn enwi person &quot;%2&quot;, nad yw yn &quot;persons&quot;</translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionPackage</name>
    <message>
        <source>Package %1 does not exist</source>
        <translation>Nid yw pecyn %1 yn bodoli</translation>
    </message>
    <message>
        <source>the package itself is a symbolic link</source>
        <translation>mae&apos;r pecyn ei hun yn ddolen symbolaidd</translation>
    </message>
    <message>
        <source>has no manifest.json at its top level</source>
        <translation>nid oes manifest.json ar ei lefel uchaf</translation>
    </message>
    <message>
        <source>manifest.json.sig is not a base64 Ed25519 signature of 64 bytes</source>
        <translation>nid yw manifest.json.sig yn llofnod Ed25519 base64 o 64 beit</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; of item %2 is missing</source>
        <translation>mae ffeil &quot;%1&quot; eitem %2 ar goll</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not listed in manifest.json</source>
        <translation>nid yw&apos;r ffeil &quot;%1&quot; wedi&apos;i rhestru yn manifest.json</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is missing</source>
        <translation>mae&apos;r ffeil &quot;%1&quot; ar goll</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened (%2)</source>
        <translation>nid oes modd agor y cofnod &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged: its data does not match its size or checksum</source>
        <translation>mae&apos;r cofnod &quot;%1&quot; wedi&apos;i ddifrodi: nid yw ei ddata&apos;n cyfateb i&apos;w faint na&apos;i swm gwirio</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is larger than the limit of %2 MB</source>
        <translation>mae&apos;r ffeil &quot;%1&quot; yn fwy na&apos;r terfyn o %2 MB</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; changed size while being read</source>
        <translation>newidiodd maint y ffeil &quot;%1&quot; wrth iddi gael ei darllen</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Pecyn %1: %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an unsafe name</source>
        <translation>mae gan y cofnod &quot;%1&quot; enw anniogel</translation>
    </message>
    <message>
        <source>has more than %1 files</source>
        <translation>mae ganddo fwy na %1 o ffeiliau</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is larger than the %2 MB limit</source>
        <translation>mae&apos;r cofnod &quot;%1&quot; yn fwy na&apos;r terfyn o %2 MB</translation>
    </message>
    <message>
        <source>holds more than %1 MB in all</source>
        <translation>mae&apos;n dal mwy na %1 MB i gyd</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation>mae&apos;r cofnod &quot;%1&quot; yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation>mae &quot;%1&quot; yn ddolen symbolaidd; ni chaiff dolenni byth eu dilyn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>nid yw &quot;%1&quot; yn ffeil reolaidd</translation>
    </message>
    <message>
        <source>is not a readable zip file (%1)</source>
        <translation>nid yw&apos;n ffeil zip ddarllenadwy (%1)</translation>
    </message>
    <message>
        <source>entry %1 cannot be read</source>
        <translation>nid oes modd darllen cofnod %1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation>mae&apos;r cofnod &quot;%1&quot; yn ddolen symbolaidd; ni chaiff dolenni byth eu dilyn</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; expands %2 times; refused as a possible zip bomb</source>
        <translation>mae&apos;r cofnod &quot;%1&quot; yn ehangu %2 gwaith; fe&apos;i gwrthodwyd fel bom zip posibl</translation>
    </message>
</context>
<context>
    <name>ridgeline::VictimSummary</name>
    <message>
        <source>No marks have been received for examination yet.</source>
        <translation>Nid oes unrhyw olion wedi&apos;u derbyn i&apos;w harchwilio eto.</translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor on %1.</source>
        <translation>Mae&apos;r archwiliad wedi&apos;i gwblhau. Cafodd y canlyniadau eu gwirio a&apos;u cymeradwyo gan oruchwylydd ar %1.</translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor.</source>
        <translation>Mae&apos;r archwiliad wedi&apos;i gwblhau. Cafodd y canlyniadau eu gwirio a&apos;u cymeradwyo gan oruchwylydd.</translation>
    </message>
    <message>
        <source>Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.</source>
        <translation>Mae pob ôl wedi&apos;i archwilio. Mae&apos;r canlyniadau&apos;n aros i oruchwylydd eu gwirio a&apos;u cymeradwyo.</translation>
    </message>
    <message>
        <source>The examination is still in progress.</source>
        <translation>Mae&apos;r archwiliad yn dal i fynd rhagddo.</translation>
    </message>
    <message>
        <source>Fingerprint examination: status summary</source>
        <translation>Archwilio olion bysedd: crynodeb o&apos;r sefyllfa</translation>
    </message>
    <message>
        <source>Case reference: %1</source>
        <translation>Cyfeirnod yr achos: %1</translation>
    </message>
    <message>
        <source>Offence: %1</source>
        <translation>Trosedd: %1</translation>
    </message>
    <message>
        <source>Date of this summary: %1</source>
        <translation>Dyddiad y crynodeb hwn: %1</translation>
    </message>
    <message>
        <source>Marks received for examination: %1</source>
        <translation>Nifer yr olion a dderbyniwyd i&apos;w harchwilio: %1</translation>
    </message>
    <message>
        <source>Marks examined so far: %1</source>
        <translation>Nifer yr olion a archwiliwyd hyd yma: %1</translation>
    </message>
    <message>
        <source>Marks with results checked and signed off: %1</source>
        <translation>Nifer yr olion y mae eu canlyniadau wedi&apos;u gwirio a&apos;u cymeradwyo: %1</translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case.</source>
        <translation>Os hoffech ragor o wybodaeth, cysylltwch â swyddog yr achos.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2. Dewiswch ffolder arall.</translation>
    </message>
</context>
<context>
    <name>ridgeline::VictimSummaryDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Cadw &amp;fel…</translation>
    </message>
    <message>
        <source>Status Summary for Victim: %1</source>
        <translation>Crynodeb statws i&apos;r dioddefwr: %1</translation>
    </message>
    <message>
        <source>This summary names no one and gives no results or exhibit details, only how far the examination has gone. Read it before you pass it on.</source>
        <translation>Nid yw&apos;r crynodeb hwn yn enwi neb nac yn rhoi unrhyw ganlyniadau na manylion arddangosion, dim ond pa mor bell y mae&apos;r archwiliad wedi mynd. Darllenwch ef cyn ei anfon ymlaen.</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Copïo&apos;r crynodeb i&apos;r clipfwrdd</translation>
    </message>
    <message>
        <source>Save the summary as a text file</source>
        <translation>Cadw&apos;r crynodeb fel ffeil testun</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copïwyd i&apos;r clipfwrdd.</translation>
    </message>
    <message>
        <source>Save Status Summary</source>
        <translation>Cadw&apos;r crynodeb statws</translation>
    </message>
    <message>
        <source>%1 status summary.txt</source>
        <translation>%1 crynodeb statws.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Ffeiliau testun (*.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Cadwyd fel %1.</translation>
    </message>
</context>
<context>
    <name>ridgeline::ViewerStatus</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Chwyddo %1%</translation>
    </message>
    <message>
        <source>Outside the image</source>
        <translation>Y tu allan i&apos;r ddelwedd</translation>
    </message>
    <message>
        <source>x %1, y %2 px</source>
        <translation>x %1, y %2 px</translation>
    </message>
    <message>
        <source>%1 · Uncalibrated</source>
        <translation>%1 · Heb ei raddnodi</translation>
    </message>
    <message>
        <source>%1 · %2, %3 mm</source>
        <translation>%1 · %2, %3 mm</translation>
    </message>
    <message>
        <source>Uncalibrated</source>
        <translation>Heb ei raddnodi</translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation>%1 ppi</translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistController</name>
    <message>
        <source>Your worklist could not be read: %1</source>
        <translation>Nid oedd modd darllen eich rhestr waith: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 ers %2</translation>
    </message>
    <message>
        <source>When the mark entered this stage is not recorded</source>
        <translation>Nid yw&apos;r amser y daeth yr ôl i&apos;r cam hwn wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the casework of %1</source>
        <translation>Cliciwch ddwywaith neu bwyso Enter i agor gwaith achos %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Arddangosyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation>Cam ACE-V</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>Amser yn y cam</translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation>Pam ar y rhestr</translation>
    </message>
    <message>
        <source>How long the mark has been in its current ACE-V stage</source>
        <translation>Am faint o amser y mae&apos;r ôl wedi bod yn ei gam ACE-V presennol</translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistView</name>
    <message>
        <source>Double-click a mark or press Enter to open its casework</source>
        <translation>Cliciwch ddwywaith ar ôl neu bwyso Enter i agor ei waith achos</translation>
    </message>
    <message>
        <source>My worklist</source>
        <translation>Fy rhestr waith</translation>
    </message>
    <message>
        <source>Reading your worklist…</source>
        <translation>Wrthi&apos;n darllen eich rhestr waith…</translation>
    </message>
    <message>
        <source>Nothing waits for you: no mark is assigned to you, waiting for your verification or waiting to be taken.</source>
        <translation>Nid oes dim yn aros amdanoch: nid oes unrhyw ôl wedi&apos;i neilltuo i chi, yn aros i chi ei ddilysu nac yn aros i gael ei gymryd.</translation>
    </message>
    <message>
        <source>Waiting for you: %1. The mark longest in its stage comes first.</source>
        <translation>Yn aros amdanoch: %1. Daw&apos;r ôl sydd wedi bod hiraf yn ei gam yn gyntaf.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Read your worklist again</source>
        <translation>Darllen eich rhestr waith eto</translation>
    </message>
    <message>
        <source>Read your worklist again (%1)</source>
        <translation>Darllen eich rhestr waith eto (%1)</translation>
    </message>
    <message>
        <source>Read your worklist and the case list from the workspace again</source>
        <translation>Darllen eich rhestr waith a rhestr yr achosion o&apos;r gweithle eto</translation>
    </message>
</context>
<context>
    <name>ridgeline::WorkspaceSearchController</name>
    <message>
        <source>The search did not run: %1</source>
        <translation>Ni redodd y chwiliad: %1</translation>
    </message>
</context>
<context>
    <name>ridgeline::WorkspaceSession</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Nid yw &quot;%1&quot; yn enw defnyddiwr dilys: defnyddiwch 1-64 o lythrennau bach, digidau, &apos;.&apos;, &apos;_&apos; neu &apos;-&apos;, gan ddechrau gyda llythyren.</translation>
    </message>
    <message>
        <source>The passphrase for &quot;%1&quot; is too short: use at least %2 characters (a few unrelated words work well).</source>
        <translation>Mae&apos;r cyfrinymadrodd ar gyfer &quot;%1&quot; yn rhy fyr: defnyddiwch o leiaf %2 nod (mae ychydig o eiriau digyswllt yn gweithio&apos;n dda).</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>Mae&apos;r sesiwn wedi dod i ben; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; is locked; unlock it with your passphrase first.</source>
        <translation>Mae sesiwn &quot;%1&quot; ar glo; datglowch hi â&apos;ch cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3%4. Ask a user whose role allows it; the refusal was recorded.</source>
        <translation>Ni chaiff %1 (%2) wneud %3%4. Gofynnwch i ddefnyddiwr y mae ei rôl yn caniatáu hynny; cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source> on %1 %2</source>
        <translation> ar %1 %2</translation>
    </message>
    <message>
        <source>The policy needs at least one allowed failed sign-in and durations of zero or more seconds.</source>
        <translation>Mae&apos;r polisi angen o leiaf un ymgais aflwyddiannus a ganiateir i fewngofnodi, a chyfnodau o sero eiliad neu fwy.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists; choose another name.</source>
        <translation>Mae&apos;r defnyddiwr &quot;%1&quot; yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>You cannot remove your own account (%1); ask another administrator.</source>
        <translation>Ni allwch ddileu eich cyfrif eich hun (%1); gofynnwch i weinyddwr arall.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation>Nid oes defnyddiwr &quot;%1&quot; yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>The current passphrase of &quot;%1&quot; is wrong; the passphrase was not changed.</source>
        <translation>Mae cyfrinymadrodd presennol &quot;%1&quot; yn anghywir; ni newidiwyd y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed attempts until %2.</source>
        <translation>Mae&apos;r cyfrif &quot;%1&quot; ar glo tan %2 ar ôl gormod o ymdrechion aflwyddiannus.</translation>
    </message>
    <message>
        <source>Wrong passphrase for &quot;%1&quot;; the session stays locked.</source>
        <translation>Cyfrinymadrodd anghywir ar gyfer &quot;%1&quot;; mae&apos;r sesiwn yn aros ar glo.</translation>
    </message>
    <message>
        <source>Package %1 cannot be imported while another import is open.</source>
        <translation>Nid oes modd mewnforio pecyn %1 tra bo mewnforiad arall ar agor.</translation>
    </message>
    <message>
        <source>An original was offered with no import open.</source>
        <translation>Cynigiwyd gwreiddiol heb fod mewnforiad ar agor.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed sign-ins until %2. Wait until then or ask an administrator.</source>
        <translation>Mae&apos;r cyfrif &quot;%1&quot; ar glo tan %2 ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. Arhoswch tan hynny neu gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>libsodium could not start; no workspace can be created.</source>
        <translation>Nid oedd modd cychwyn libsodium; nid oes modd creu gweithle.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another path for the new workspace (nothing was overwritten).</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch lwybr arall ar gyfer y gweithle newydd (ni throsysgrifwyd dim).</translation>
    </message>
    <message>
        <source>Creating workspace %1</source>
        <translation>Creu&apos;r gweithle %1</translation>
    </message>
    <message>
        <source>libsodium could not start; the workspace stays locked.</source>
        <translation>Nid oedd modd cychwyn libsodium; mae&apos;r gweithle&apos;n aros ar glo.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist. Check the path (--db) or create it with &apos;ridgeline-cli init&apos;.</source>
        <translation>Nid yw&apos;r gweithle %1 yn bodoli. Gwiriwch y llwybr (--db) neu crëwch ef gyda &apos;ridgeline-cli init&apos;.</translation>
    </message>
    <message>
        <source>The key header %1 belongs to another workspace database, not %2. Put the .keys file that was made with this database beside it.</source>
        <translation>Mae pennyn yr allweddi %1 yn perthyn i gronfa ddata gweithle arall, nid %2. Rhowch y ffeil .keys a wnaed gyda&apos;r gronfa ddata hon wrth ei hymyl.</translation>
    </message>
    <message>
        <source>The key header beside %1 names another database id; the two files do not belong together. Restore the matching pair from a backup.</source>
        <translation>Mae pennyn yr allweddi wrth ymyl %1 yn enwi dynodydd cronfa ddata arall; nid yw&apos;r ddwy ffeil yn perthyn i&apos;w gilydd. Adferwch y pâr cyfatebol o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled in this workspace. Ask an administrator.</source>
        <translation>Mae&apos;r cyfrif &quot;%1&quot; wedi&apos;i analluogi yn y gweithle hwn. Gofynnwch i weinyddwr.</translation>
    </message>
    <message>
        <source>The audit trail of %1 was truncated: it ends at event %2 but a checkpoint was signed at event %3, so events %4 to %3 were removed. Restore the workspace from a backup; nothing was written.</source>
        <translation>Cafodd llwybr archwilio %1 ei gwtogi: mae&apos;n gorffen wrth ddigwyddiad %2 ond llofnodwyd pwynt gwirio wrth ddigwyddiad %3, felly tynnwyd digwyddiadau %4 i %3. Adferwch y gweithle o gopi wrth gefn; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Database page check: %1</source>
        <translation>Gwirio tudalennau&apos;r gronfa ddata: %1</translation>
    </message>
    <message>
        <source>Database pages of %1 are damaged or were modified outside Ridgeline (%2)%3.</source>
        <translation>Mae tudalennau cronfa ddata %1 wedi&apos;u difrodi neu wedi&apos;u newid y tu allan i Ridgeline (%2)%3.</translation>
    </message>
    <message>
        <source> in table(s) %1</source>
        <translation> yn y tabl(au) %1</translation>
    </message>
    <message>
        <source>Database page check of %1: %2</source>
        <translation>Gwirio tudalennau cronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>Originals could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r ffeiliau gwreiddiol: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Nid oedd modd darllen y llwybr archwilio: %1</translation>
    </message>
    <message>
        <source>The key header beside %1 belongs to another database.</source>
        <translation>Mae pennyn yr allweddi wrth ymyl %1 yn perthyn i gronfa ddata arall.</translation>
    </message>
    <message>
        <source>Mark %1 is at the stage &quot;%2&quot;: comparisons with exemplars stay closed to examiners until its analysis is committed (ACE-V). The refusal was recorded.</source>
        <translation>Mae ôl %1 ar y cam &quot;%2&quot;: mae cymariaethau ag enghreifftiau ar gau i archwilwyr nes bod ei ddadansoddiad wedi&apos;i gadarnhau (ACE-V). Cofnodwyd y gwrthodiad.</translation>
    </message>
    <message>
        <source>This session keeps no markup or comparison documents; open the workspace itself to save or read them.</source>
        <translation>Nid yw&apos;r sesiwn hon yn cadw dogfennau marcio na chymharu; agorwch y gweithle ei hun i&apos;w cadw neu eu darllen.</translation>
    </message>
    <message>
        <source>This session keeps no exemplar impressions; open the workspace itself to list a case&apos;s tenprint cards.</source>
        <translation>Nid yw&apos;r sesiwn hon yn cadw argraffiadau enghreifftiol; agorwch y gweithle ei hun i restru cardiau olion deg bys achos.</translation>
    </message>
    <message>
        <source>This session keeps no casework records; open the workspace itself to examine, verify or sign off.</source>
        <translation>Nid yw&apos;r sesiwn hon yn cadw cofnodion gwaith achos; agorwch y gweithle ei hun i archwilio, dilysu neu gymeradwyo.</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Alignment</name>
    <message>
        <source>An affine alignment needs at least 3 pairs of corresponding points; %1 given. Add more pairs.</source>
        <translation>Mae aliniad affin angen o leiaf 3 phâr o bwyntiau cyfatebol; rhoddwyd %1. Ychwanegwch ragor o barau.</translation>
    </message>
    <message>
        <source>A similarity alignment needs at least 2 pairs of corresponding points; %1 given. Add more pairs.</source>
        <translation>Mae aliniad tebygrwydd angen o leiaf 2 bâr o bwyntiau cyfatebol; rhoddwyd %1. Ychwanegwch ragor o barau.</translation>
    </message>
    <message>
        <source>Pair %1 has a coordinate that is not a number. Place its points again.</source>
        <translation>Mae gan bâr %1 gyfesuryn nad yw&apos;n rhif. Gosodwch ei bwyntiau eto.</translation>
    </message>
    <message>
        <source>Pairs %1 and %2 use the same point on the mark (%3 px apart). Remove one of them.</source>
        <translation>Mae parau %1 a %2 yn defnyddio&apos;r un pwynt ar yr ôl (%3 px ar wahân). Tynnwch un ohonynt.</translation>
    </message>
    <message>
        <source>Pairs %1 and %2 use the same point on the exemplar (%3 px apart). Remove one of them.</source>
        <translation>Mae parau %1 a %2 yn defnyddio&apos;r un pwynt ar yr enghraifft (%3 px ar wahân). Tynnwch un ohonynt.</translation>
    </message>
    <message>
        <source>The points on the mark lie on one line, so an affine alignment is undetermined. Add a pair away from that line or use a similarity alignment.</source>
        <translation>Mae&apos;r pwyntiau ar yr ôl ar un llinell, felly nid oes modd pennu aliniad affin. Ychwanegwch bâr oddi wrth y llinell honno neu defnyddiwch aliniad tebygrwydd.</translation>
    </message>
    <message>
        <source>No consistent alignment fits these pairs. Check that each pair joins the same feature on the mark and on the exemplar.</source>
        <translation>Nid oes aliniad cyson yn ffitio&apos;r parau hyn. Gwiriwch fod pob pâr yn cysylltu&apos;r un nodwedd ar yr ôl ac ar yr enghraifft.</translation>
    </message>
    <message>
        <source>The pairs give a degenerate alignment (scale %1 to %2). Check that each pair joins the same feature on the mark and on the exemplar.</source>
        <translation>Mae&apos;r parau&apos;n rhoi aliniad dirywiedig (graddfa %1 i %2). Gwiriwch fod pob pâr yn cysylltu&apos;r un nodwedd ar yr ôl ac ar yr enghraifft.</translation>
    </message>
    <message>
        <source>The pairs fit the mark mirrored (error %1 px mirrored, %2 px as it is). Allow mirroring if the mark is reversed, or check the pairs.</source>
        <translation>Mae&apos;r parau&apos;n ffitio&apos;r ôl wedi&apos;i adlewyrchu (gwall %1 px wedi&apos;i adlewyrchu, %2 px fel y mae). Caniatewch adlewyrchu os yw&apos;r ôl wedi&apos;i wrthdroi, neu gwiriwch y parau.</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Calibration</name>
    <message>
        <source>Calibration: unknown method &apos;%1&apos;</source>
        <translation>Graddnodi: dull anhysbys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Calibration: the ppi must be positive</source>
        <translation>Graddnodi: rhaid i&apos;r ppi fod yn bositif</translation>
    </message>
    <message>
        <source>Calibration: the distance must be a positive number of millimetres</source>
        <translation>Graddnodi: rhaid i&apos;r pellter fod yn nifer positif o filimetrau</translation>
    </message>
    <message>
        <source>Calibration: the two points are less than a pixel apart</source>
        <translation>Graddnodi: mae&apos;r ddau bwynt yn llai na phicsel ar wahân</translation>
    </message>
    <message>
        <source>Ruler refinement: the line is too short to find graduations along it</source>
        <translation>Mireinio ar y pren mesur: mae&apos;r llinell yn rhy fyr i ganfod marciau graddfa ar ei hyd</translation>
    </message>
    <message>
        <source>Ruler refinement: no regular graduations along the line; place both points on the scale&apos;s marks, or calibrate without refinement</source>
        <translation>Mireinio ar y pren mesur: dim marciau graddfa rheolaidd ar hyd y llinell; rhowch y ddau bwynt ar farciau&apos;r raddfa, neu graddnodwch heb fireinio</translation>
    </message>
    <message>
        <source>Ruler refinement: fewer than three graduations found along the line</source>
        <translation>Mireinio ar y pren mesur: canfuwyd llai na thri marc graddfa ar hyd y llinell</translation>
    </message>
    <message>
        <source>Ruler refinement: both points snap to the same graduation</source>
        <translation>Mireinio ar y pren mesur: mae&apos;r ddau bwynt yn snapio i&apos;r un marc graddfa</translation>
    </message>
    <message>
        <source>Ridge count: the line must be at least 2 pixels long</source>
        <translation>Cyfrif cribau: rhaid i&apos;r llinell fod o leiaf 2 bicsel o hyd</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Enhancement</name>
    <message>
        <source>the image is %1 x %2 pixels; periodic-background suppression works on up to %3 megapixels: crop the mark first</source>
        <translation>mae&apos;r ddelwedd yn %1 x %2 picsel; mae atal cefndir cyfnodol yn gweithio ar hyd at %3 megapicsel: tociwch yr ôl yn gyntaf</translation>
    </message>
    <message>
        <source>a %1 px median on a 16-bit image is not available (3 or 5 px are); use 5 or a Gaussian step</source>
        <translation>nid oes canolrif %1 px ar gael ar ddelwedd 16 did (mae 3 neu 5 px ar gael); defnyddiwch 5 neu gam Gaussaidd</translation>
    </message>
    <message>
        <source>Levels and gamma</source>
        <translation>Lefelau a gama</translation>
    </message>
    <message>
        <source>Maps black..white (fractions of full scale) to the full range with a gamma curve (above 1 brightens mid-tones). Same format out.</source>
        <translation>Yn mapio du..gwyn (ffracsiynau o&apos;r raddfa lawn) i&apos;r ystod lawn gyda chromlin gama (mae uwch nag 1 yn goleuo&apos;r tonau canol). Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Black point</source>
        <translation>Pwynt du</translation>
    </message>
    <message>
        <source>White point</source>
        <translation>Pwynt gwyn</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gama</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Gwrthdroi</translation>
    </message>
    <message>
        <source>Swaps dark and light. Same format out.</source>
        <translation>Yn cyfnewid tywyll a golau. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Channel extraction</source>
        <translation>Echdynnu sianel</translation>
    </message>
    <message>
        <source>One channel of RGB, HSV or CIE Lab as a grey image of the same depth (a grey input counts as R = G = B).</source>
        <translation>Un sianel o RGB, HSV neu CIE Lab fel delwedd lwyd o&apos;r un dyfnder (mae mewnbwn llwyd yn cyfrif fel R = G = B).</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <source>Local contrast (CLAHE)</source>
        <translation>Cyferbyniad lleol (CLAHE)</translation>
    </message>
    <message>
        <source>Contrast-limited adaptive histogram equalisation on tiles of the given size; colour images on their lightness. Same format out.</source>
        <translation>Cydraddoli histogram addasol â chyferbyniad cyfyngedig ar deils o&apos;r maint a roddir; delweddau lliw ar eu goleuedd. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Clip limit</source>
        <translation>Terfyn tocio</translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation>Maint teil</translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation>Mwgwd anfiniog</translation>
    </message>
    <message>
        <source>Adds amount x (image - Gaussian blur); differences below the threshold (fraction of full scale) are left alone. Same format out.</source>
        <translation>Yn ychwanegu swm x (delwedd - niwlio Gaussaidd); gadewir gwahaniaethau o dan y trothwy (ffracsiwn o&apos;r raddfa lawn) fel y maent. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Radius (sigma)</source>
        <translation>Radiws (sigma)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Trothwy</translation>
    </message>
    <message>
        <source>Gaussian noise reduction</source>
        <translation>Lleihau sŵn Gaussaidd</translation>
    </message>
    <message>
        <source>Gaussian blur. Same format out.</source>
        <translation>Niwlio Gaussaidd. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Median noise reduction</source>
        <translation>Lleihau sŵn canolrif</translation>
    </message>
    <message>
        <source>Median of a square window (odd size; 16-bit images: 3 or 5). Same format out.</source>
        <translation>Canolrif ffenestr sgwâr (maint odrif; delweddau 16 did: 3 neu 5). Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>Maint y ffenestr</translation>
    </message>
    <message>
        <source>Background subtraction</source>
        <translation>Tynnu&apos;r cefndir</translation>
    </message>
    <message>
        <source>Estimates the background by morphological closing (dark objects) or opening (light objects) with a disc of the given radius and removes it. Same format out.</source>
        <translation>Yn amcangyfrif y cefndir drwy gau morffolegol (gwrthrychau tywyll) neu agor morffolegol (gwrthrychau golau) gyda disg o&apos;r radiws a roddir, ac yn ei dynnu. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radiws</translation>
    </message>
    <message>
        <source>Ridges are</source>
        <translation>Lliw&apos;r cribau</translation>
    </message>
    <message>
        <source>Periodic background suppression (FFT)</source>
        <translation>Atal cefndir cyfnodol (FFT)</translation>
    </message>
    <message>
        <source>Notches out the listed spectral peaks (cycles per pixel; found automatically when the list is empty and automatic detection is on). Same format out.</source>
        <translation>Yn rhicio&apos;r brigau sbectrol a restrir (cylchoedd y picsel; fe&apos;u canfyddir yn awtomatig pan fo&apos;r rhestr yn wag a chanfod awtomatig ymlaen). Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>Brigau</translation>
    </message>
    <message>
        <source>Notch radius</source>
        <translation>Radiws y rhic</translation>
    </message>
    <message>
        <source>Find peaks automatically</source>
        <translation>Canfod brigau&apos;n awtomatig</translation>
    </message>
    <message>
        <source>Peaks to find</source>
        <translation>Brigau i&apos;w canfod</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Cylchdroi</translation>
    </message>
    <message>
        <source>Rotates counter-clockwise by any angle (multiples of 90 degrees are exact); &apos;expand&apos; grows the canvas to keep every pixel. Same format out.</source>
        <translation>Yn cylchdroi&apos;n wrthglocwedd drwy unrhyw ongl (mae lluosrifau o 90 gradd yn fanwl gywir); mae &apos;expand&apos; yn ehangu&apos;r cynfas i gadw pob picsel. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ongl</translation>
    </message>
    <message>
        <source>Keep the whole image</source>
        <translation>Cadw&apos;r ddelwedd gyfan</translation>
    </message>
    <message>
        <source>Fill (0 black, 1 white)</source>
        <translation>Llenwi (0 du, 1 gwyn)</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>Rhyngosod</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Tocio</translation>
    </message>
    <message>
        <source>Keeps the rectangle (width or height 0: to the edge), clipped to the image. Same format out.</source>
        <translation>Yn cadw&apos;r petryal (lled neu uchder 0: hyd at yr ymyl), wedi&apos;i docio i&apos;r ddelwedd. Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chwith</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lled</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Uchder</translation>
    </message>
    <message>
        <source>Perspective correction</source>
        <translation>Cywiro persbectif</translation>
    </message>
    <message>
        <source>Maps four corners (top-left, top-right, bottom-right, bottom-left, image pixels) onto an upright rectangle (size 0: from the corners). Same format out.</source>
        <translation>Yn mapio pedair cornel (chwith uchaf, de uchaf, de isaf, chwith isaf, picseli&apos;r ddelwedd) ar betryal unionsyth (maint 0: o&apos;r corneli). Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Corneli</translation>
    </message>
    <message>
        <source>Resample to ppi</source>
        <translation>Ailsamplu i ppi</translation>
    </message>
    <message>
        <source>Scales the calibrated image to the target resolution (area averaging when shrinking, cubic when enlarging, unless chosen). Same format out.</source>
        <translation>Yn graddio&apos;r ddelwedd wedi&apos;i graddnodi i&apos;r cydraniad targed (cyfartaleddu arwynebedd wrth leihau, ciwbig wrth fwyhau, oni ddewisir fel arall). Mae&apos;r allbwn yn yr un fformat.</translation>
    </message>
    <message>
        <source>Target resolution</source>
        <translation>Cydraniad targed</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos;: %2</source>
        <translation>Cam &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the white point (%1) must be above the black point (%2)</source>
        <translation>rhaid i&apos;r pwynt gwyn (%1) fod uwchlaw&apos;r pwynt du (%2)</translation>
    </message>
    <message>
        <source>Enhancement cancelled</source>
        <translation>Canslwyd y gwella</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed on this %3 x %4 image: %5</source>
        <translation>Methodd cam %1 (%2) ar y ddelwedd %3 x %4 hon: %5</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Cam %1</translation>
    </message>
    <message>
        <source>Enhancement: there is no image to enhance</source>
        <translation>Gwella: nid oes delwedd i&apos;w gwella</translation>
    </message>
    <message>
        <source>Preview: the region lies outside the image</source>
        <translation>Rhagolwg: mae&apos;r ardal y tu allan i&apos;r ddelwedd</translation>
    </message>
    <message>
        <source>Preview: the region lies outside the enhanced image</source>
        <translation>Rhagolwg: mae&apos;r ardal y tu allan i&apos;r ddelwedd wedi&apos;i gwella</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; this step handles sides up to %3 px; crop the image first</source>
        <translation>mae&apos;r ddelwedd yn %1 x %2 picsel; mae&apos;r cam hwn yn trin ochrau hyd at %3 px; tociwch y ddelwedd yn gyntaf</translation>
    </message>
    <message>
        <source>the rectangle %1,%2 %3 x %4 lies outside the %5 x %6 image</source>
        <translation>mae&apos;r petryal %1,%2 %3 x %4 y tu allan i&apos;r ddelwedd %5 x %6</translation>
    </message>
    <message>
        <source>needs four corners (top-left, top-right, bottom-right, bottom-left), has %1</source>
        <translation>mae angen pedair cornel (chwith uchaf, de uchaf, de isaf, chwith isaf), rhoddwyd %1</translation>
    </message>
    <message>
        <source>the corrected image would be %1 x %2 pixels, too large</source>
        <translation>byddai&apos;r ddelwedd wedi&apos;i chywiro yn %1 x %2 picsel, yn rhy fawr</translation>
    </message>
    <message>
        <source>the four corners are degenerate (three on a line or crossing)</source>
        <translation>mae&apos;r pedair cornel yn ddirywiedig (tair ar linell neu&apos;n croesi)</translation>
    </message>
    <message>
        <source>the image has no resolution yet; calibrate it (or give its ppi) before resampling</source>
        <translation>nid oes gan y ddelwedd gydraniad eto; graddnodwch hi (neu rhowch ei ppi) cyn ailsamplu</translation>
    </message>
    <message>
        <source>resampling to %1 ppi would give %2 x %3 pixels, too large</source>
        <translation>byddai ailsamplu i %1 ppi yn rhoi %2 x %3 picsel, yn rhy fawr</translation>
    </message>
    <message>
        <source>Writing %1: %2</source>
        <translation>Ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Writing %1: the TIFF could not be written</source>
        <translation>Ysgrifennu %1: nid oedd modd ysgrifennu&apos;r TIFF</translation>
    </message>
    <message>
        <source>Not a Ridgeline processing report</source>
        <translation>Nid yw&apos;n adroddiad prosesu Ridgeline</translation>
    </message>
    <message>
        <source>Processing report (%1, OpenCV %2), %3</source>
        <translation>Adroddiad prosesu (%1, OpenCV %2), %3</translation>
    </message>
    <message>
        <source>Source: %1, %2 %3, %4 ppi</source>
        <translation>Ffynhonnell: %1, %2 %3, %4 ppi</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(dienw)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>  file SHA-256:   %1</source>
        <translation>  SHA-256 y ffeil:   %1</translation>
    </message>
    <message>
        <source>  pixels SHA-256: %1</source>
        <translation>  SHA-256 y picseli: %1</translation>
    </message>
    <message>
        <source>Step %1: %2%3 (%4) -&gt; %5 %6</source>
        <translation>Cam %1: %2%3 (%4) -&gt; %5 %6</translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation> [wedi&apos;i analluogi]</translation>
    </message>
    <message>
        <source>Output: %1 %2, %3 ppi</source>
        <translation>Allbwn: %1 %2, %3 ppi</translation>
    </message>
    <message>
        <source>  file %1 SHA-256: %2</source>
        <translation>  SHA-256 y ffeil %1: %2</translation>
    </message>
    <message>
        <source>Saving %1: the name must end in .png, .tif or .tiff</source>
        <translation>Cadw %1: rhaid i&apos;r enw orffen gyda .png, .tif neu .tiff</translation>
    </message>
    <message>
        <source>Export %1: the resolution must be 1000 or 500 ppi, not %2</source>
        <translation>Allforio %1: rhaid i&apos;r cydraniad fod yn 1000 neu 500 ppi, nid %2</translation>
    </message>
    <message>
        <source>Export %1: the image is not calibrated; calibrate it first</source>
        <translation>Allforio %1: nid yw&apos;r ddelwedd wedi&apos;i graddnodi; graddnodwch hi yn gyntaf</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>cam %1 (%2)</translation>
    </message>
    <message>
        <source>no kind</source>
        <translation>dim math</translation>
    </message>
    <message>
        <source>Recipe refused: %1</source>
        <translation>Gwrthodwyd y rysáit: %1</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;</source>
        <translation>paramedr &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1: rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1: rhaid iddo fod yn rhif</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1: rhaid iddo fod yn rhif cyfan, nid %2</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3..%4</source>
        <translation>%1: mae&apos;n %2, y tu allan i %3..%4</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1: rhaid iddo fod yn un o %2</translation>
    </message>
    <message>
        <source>%1 must be a list of [x, y] points</source>
        <translation>%1: rhaid iddo fod yn rhestr o bwyntiau [x, y]</translation>
    </message>
    <message>
        <source>%1 has %2 points, allowed are %3..%4</source>
        <translation>%1: mae ganddo %2 pwynt, caniateir %3..%4</translation>
    </message>
    <message>
        <source>%1 must be a list of [x, y] number pairs</source>
        <translation>%1: rhaid iddo fod yn rhestr o barau rhif [x, y]</translation>
    </message>
    <message>
        <source>%1: unknown step kind &apos;%2&apos;; this version knows %3</source>
        <translation>%1: math anhysbys o gam &apos;%2&apos;; mae&apos;r fersiwn hon yn gwybod am %3</translation>
    </message>
    <message>
        <source>%1: unknown parameter &apos;%2&apos;; this version knows %3</source>
        <translation>%1: paramedr anhysbys &apos;%2&apos;; mae&apos;r fersiwn hon yn gwybod am %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>maes anhysbys &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;format&apos; is not &quot;ridgeline-recipe&quot;</source>
        <translation>nid yw &apos;format&apos; yn &quot;ridgeline-recipe&quot;</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps</source>
        <translation>rhaid i &apos;steps&apos; fod yn rhestr o gamau</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: maes anhysbys &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be {&quot;kind&quot;: text, &quot;enabled&quot;: true/false, &quot;parameters&quot;: {..}}</source>
        <translation>%1: rhaid iddo fod ar y ffurf {&quot;kind&quot;: testun, &quot;enabled&quot;: true/false, &quot;parameters&quot;: {..}}</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation>nid yw&apos;n wrthrych JSON (%1 ar wrthbwyso %2)</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::EvidenceImage</name>
    <message>
        <source>has %1-bit floating point or signed samples; only 8- and 16-bit images are accepted</source>
        <translation>mae ganddi samplau pwynt arnawf neu gydag arwydd %1 did; dim ond delweddau 8 ac 16 did a dderbynnir</translation>
    </message>
    <message>
        <source>has %1 channels; accepted are grey and colour (RGB) images</source>
        <translation>mae ganddi %1 sianel; derbynnir delweddau llwyd a lliw (RGB)</translation>
    </message>
    <message>
        <source>could not be decoded (%1)</source>
        <translation>nid oedd modd ei datgodio (%1)</translation>
    </message>
    <message>
        <source>could not be decoded; the file is damaged or uses an unsupported variant (CMYK or palette TIFF variants the codec does not read)</source>
        <translation>nid oedd modd ei datgodio; mae&apos;r ffeil wedi&apos;i difrodi neu&apos;n defnyddio amrywiad heb ei gefnogi (amrywiadau TIFF CMYK neu balet nad yw&apos;r codec yn eu darllen)</translation>
    </message>
    <message>
        <source>decodes to %1 x %2 pixels, over the pixel limit</source>
        <translation>mae&apos;n datgodio i %1 x %2 picsel, dros y terfyn picseli</translation>
    </message>
    <message>
        <source>is %1 x %2 pixels (%3 megapixels), over the limit of %4 megapixels; reduce the image or raise the limit in the preferences</source>
        <translation>mae&apos;n %1 x %2 picsel (%3 megapicsel), dros y terfyn o %4 megapicsel; lleihewch y ddelwedd neu codwch y terfyn yn y dewisiadau</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nid oes ffeil o&apos;r fath</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::ImageInspector</name>
    <message>
        <source>Image %1: %2</source>
        <translation>Delwedd %1: %2</translation>
    </message>
    <message>
        <source>is %1 x %2 pixels, over the budget of %3 megapixels; it was not decoded</source>
        <translation>mae&apos;n %1 x %2 picsel, dros y gyllideb o %3 megapicsel; ni chafodd ei datgodio</translation>
    </message>
    <message>
        <source>is not an image in a format Ridgeline accepts (PNG, JPEG, TIFF, BMP, JPEG 2000)</source>
        <translation>nid yw&apos;n ddelwedd mewn fformat y mae Ridgeline yn ei dderbyn (PNG, JPEG, TIFF, BMP, JPEG 2000)</translation>
    </message>
    <message>
        <source>is a %1 image; accepted are PNG, JPEG, TIFF, BMP and JPEG 2000</source>
        <translation>mae&apos;n ddelwedd %1; derbynnir PNG, JPEG, TIFF, BMP a JPEG 2000</translation>
    </message>
    <message>
        <source>has no readable image header; the file is truncated or damaged</source>
        <translation>nid oes ganddi bennyn delwedd darllenadwy; mae&apos;r ffeil wedi&apos;i chwtogi neu wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>mae&apos;n wag</translation>
    </message>
    <message>
        <source>is a JPEG 2000 file with a damaged header</source>
        <translation>mae&apos;n ffeil JPEG 2000 gyda phennyn wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>is truncated: the JPEG data ends before its end-of-image marker</source>
        <translation>mae wedi&apos;i chwtogi: mae&apos;r data JPEG yn gorffen cyn ei farciwr diwedd delwedd</translation>
    </message>
    <message>
        <source>has %1 pages, more than the limit of %2</source>
        <translation>mae ganddi %1 tudalen, mwy na&apos;r terfyn o %2</translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be reached; the file is damaged</source>
        <translation>nid oes modd cyrraedd tudalen %1 o %2; mae&apos;r ffeil wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>page %1 is %2 x %3 pixels, over the budget of %4 megapixels</source>
        <translation>mae tudalen %1 yn %2 x %3 picsel, dros y gyllideb o %4 megapicsel</translation>
    </message>
    <message>
        <source>page %1 cannot be decoded (%2); the file is truncated or damaged</source>
        <translation>nid oes modd datgodio tudalen %1 (%2); mae&apos;r ffeil wedi&apos;i chwtogi neu wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>is truncated: the JPEG 2000 codestream ends before its end marker</source>
        <translation>mae wedi&apos;i chwtogi: mae ffrwd god JPEG 2000 yn gorffen cyn ei marciwr diwedd</translation>
    </message>
    <message>
        <source>cannot be decoded; the JPEG 2000 data is damaged</source>
        <translation>nid oes modd ei datgodio; mae&apos;r data JPEG 2000 wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>decodes to %1 x %2 pixels but its header says %3 x %4</source>
        <translation>mae&apos;n datgodio i %1 x %2 picsel ond mae ei phennyn yn dweud %3 x %4</translation>
    </message>
    <message>
        <source>is truncated or damaged: the file ends before its IEND chunk</source>
        <translation>mae wedi&apos;i chwtogi neu wedi&apos;i difrodi: mae&apos;r ffeil yn gorffen cyn ei darn IEND</translation>
    </message>
    <message>
        <source>is damaged: byte %1 does not start a PNG chunk</source>
        <translation>mae wedi&apos;i difrodi: nid yw beit %1 yn dechrau darn PNG</translation>
    </message>
    <message>
        <source>is truncated or damaged: the file ends inside its %1 chunk</source>
        <translation>mae wedi&apos;i chwtogi neu wedi&apos;i difrodi: mae&apos;r ffeil yn gorffen y tu mewn i&apos;w darn %1</translation>
    </message>
    <message>
        <source>is damaged: its %1 chunk at byte %2 fails its CRC check</source>
        <translation>mae wedi&apos;i difrodi: mae ei darn %1 ar feit %2 yn methu ei wiriad CRC</translation>
    </message>
    <message>
        <source>is damaged: it does not start with an IHDR chunk</source>
        <translation>mae wedi&apos;i difrodi: nid yw&apos;n dechrau gyda darn IHDR</translation>
    </message>
    <message>
        <source>is damaged: its IHDR chunk is repeated or of the wrong length</source>
        <translation>mae wedi&apos;i difrodi: mae ei darn IHDR wedi&apos;i ailadrodd neu o&apos;r hyd anghywir</translation>
    </message>
    <message>
        <source>has an invalid PNG header (size, bit depth, colour type or method)</source>
        <translation>mae ganddi bennyn PNG annilys (maint, dyfnder didau, math o liw neu ddull)</translation>
    </message>
    <message>
        <source>is damaged: its palette has an invalid length of %1 bytes</source>
        <translation>mae wedi&apos;i difrodi: mae gan ei phalet hyd annilys o %1 beit</translation>
    </message>
    <message>
        <source>is damaged: its image data chunks are not consecutive</source>
        <translation>mae wedi&apos;i difrodi: nid yw ei darnau data delwedd yn olynol</translation>
    </message>
    <message>
        <source>has a critical %1 chunk that Ridgeline cannot read</source>
        <translation>mae ganddi ddarn %1 hanfodol na all Ridgeline ei ddarllen</translation>
    </message>
    <message>
        <source>is truncated or damaged: it holds no image data</source>
        <translation>mae wedi&apos;i chwtogi neu wedi&apos;i difrodi: nid yw&apos;n cynnwys unrhyw ddata delwedd</translation>
    </message>
    <message>
        <source>is damaged: it is a palette image without a palette</source>
        <translation>mae wedi&apos;i difrodi: mae&apos;n ddelwedd balet heb balet</translation>
    </message>
    <message>
        <source>is damaged: row %1 of its image data has an unknown filter type %2</source>
        <translation>mae wedi&apos;i difrodi: mae gan res %1 o&apos;i data delwedd fath hidlo anhysbys %2</translation>
    </message>
    <message>
        <source>is damaged: its image data holds more than the %1 bytes its header declares</source>
        <translation>mae wedi&apos;i difrodi: mae ei data delwedd yn dal mwy na&apos;r %1 beit y mae ei phennyn yn eu datgan</translation>
    </message>
    <message>
        <source>Image %1: not enough memory to check its image data</source>
        <translation>Delwedd %1: dim digon o gof i wirio ei data delwedd</translation>
    </message>
    <message>
        <source>is truncated or damaged: its image data ends before the %1 bytes its header declares</source>
        <translation>mae wedi&apos;i chwtogi neu wedi&apos;i difrodi: mae ei data delwedd yn gorffen cyn y %1 beit y mae ei phennyn yn eu datgan</translation>
    </message>
    <message>
        <source>is truncated or damaged: its compressed image data is corrupt</source>
        <translation>mae wedi&apos;i chwtogi neu wedi&apos;i difrodi: mae ei data delwedd cywasgedig yn llygredig</translation>
    </message>
    <message>
        <source>is not a PNG file</source>
        <translation>nid yw&apos;n ffeil PNG</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Overlay</name>
    <message>
        <source>Overlay: the output size %1 x %2 is empty or too large.</source>
        <translation>Troshaen: mae maint yr allbwn %1 x %2 yn wag neu&apos;n rhy fawr.</translation>
    </message>
    <message>
        <source>Overlay: the viewport on the exemplar is empty.</source>
        <translation>Troshaen: mae&apos;r olygfa ar yr enghraifft yn wag.</translation>
    </message>
    <message>
        <source>Overlay: the alignment of the mark onto the exemplar cannot be inverted. Align the images again.</source>
        <translation>Troshaen: nid oes modd gwrthdroi aliniad yr ôl ar yr enghraifft. Aliniwch y delweddau eto.</translation>
    </message>
    <message>
        <source>Overlay: the opacity is not a number.</source>
        <translation>Troshaen: nid yw&apos;r didreiddedd yn rhif.</translation>
    </message>
    <message>
        <source>Overlay: the mark image is empty.</source>
        <translation>Troshaen: mae delwedd yr ôl yn wag.</translation>
    </message>
    <message>
        <source>Overlay: the exemplar image is empty.</source>
        <translation>Troshaen: mae delwedd yr enghraifft yn wag.</translation>
    </message>
    <message>
        <source>Overlay: no images to overlay.</source>
        <translation>Troshaen: dim delweddau i&apos;w troshaenu.</translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::TilePyramid</name>
    <message>
        <source>The image has no pixels</source>
        <translation>Nid oes picseli yn y ddelwedd</translation>
    </message>
    <message>
        <source>Building the image pyramid was cancelled</source>
        <translation>Canslwyd adeiladu pyramid y ddelwedd</translation>
    </message>
</context>
<context>
    <name>ridgeline::interop</name>
    <message>
        <source>the WSQ data does not start with a start-of-image marker</source>
        <translation>nid yw&apos;r data WSQ yn dechrau gyda marciwr dechrau delwedd</translation>
    </message>
    <message>
        <source>the WSQ data ends before its frame header</source>
        <translation>mae&apos;r data WSQ yn dod i ben cyn pennyn ei ffrâm</translation>
    </message>
    <message>
        <source>marker %1 comes before the frame header</source>
        <translation>mae marciwr %1 yn dod cyn pennyn y ffrâm</translation>
    </message>
    <message>
        <source>a table before the frame header has a bad length</source>
        <translation>mae gan dabl cyn pennyn y ffrâm hyd annilys</translation>
    </message>
    <message>
        <source>record %1 (Type-%2)</source>
        <translation>cofnod %1 (Type-%2)</translation>
    </message>
    <message>
        <source>record %1 (Type-%2, IDC %3)</source>
        <translation>cofnod %1 (Type-%2, IDC %3)</translation>
    </message>
    <message>
        <source>%1 declares an image of %2 x %3 pixels (HLL x VLL)</source>
        <translation>mae %1 yn datgan delwedd o %2 x %3 picsel (HLL x VLL)</translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels of %4 bits, %5 bytes uncompressed, but carries %6 bytes of image data</source>
        <translation>mae %1 yn datgan %2 x %3 picsel o %4 did, %5 beit heb eu cywasgu, ond mae&apos;n cario %6 beit o ddata delwedd</translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels (HLL x VLL) but its WSQ frame header states %4 x %5</source>
        <translation>mae %1 yn datgan %2 x %3 picsel (HLL x VLL) ond mae pennyn ei ffrâm WSQ yn nodi %4 x %5</translation>
    </message>
    <message>
        <source>ISO/IEC 19794-2 record, byte %1: %2</source>
        <translation>Cofnod ISO/IEC 19794-2, beit %1: %2</translation>
    </message>
    <message>
        <source>Cannot write an ISO/IEC 19794-2 record: %1</source>
        <translation>Nid oes modd ysgrifennu cofnod ISO/IEC 19794-2: %1</translation>
    </message>
    <message>
        <source>the data ends inside the %1</source>
        <translation>mae&apos;r data&apos;n dod i ben yng nghanol %1</translation>
    </message>
    <message>
        <source>%1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation>mae %1 yn (%2, %3) y tu allan i&apos;r ddelwedd %4 x %5</translation>
    </message>
    <message>
        <source>finger view %1</source>
        <translation>golwg bys %1</translation>
    </message>
    <message>
        <source>%1 has %2 minutiae; a view holds 255 at most</source>
        <translation>nifer manylion %1 yw %2; gall golwg ddal 255 ar y mwyaf</translation>
    </message>
    <message>
        <source>%1 has more than 15 cores or deltas</source>
        <translation>mae nifer creiddiau neu ddeltâu %1 yn fwy na 15</translation>
    </message>
    <message>
        <source>%1 has a finger position, view number, impression type or quality out of range</source>
        <translation>mae safle bys, rhif golwg, math o argraff neu ansawdd %1 y tu allan i&apos;r amrediad</translation>
    </message>
    <message>
        <source>minutia %1 of %2</source>
        <translation>manylyn %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has an angle or a quality out of range</source>
        <translation>mae ongl neu ansawdd %1 y tu allan i&apos;r amrediad</translation>
    </message>
    <message>
        <source>a core</source>
        <translation>craidd</translation>
    </message>
    <message>
        <source>a delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; the record holds 1 to 16383 each way</source>
        <translation>mae&apos;r ddelwedd yn %1 x %2 picsel; mae&apos;r cofnod yn dal 1 i 16383 bob ffordd</translation>
    </message>
    <message>
        <source>%1 finger views; a record holds 255 at most</source>
        <translation>%1 o olygon bys; gall cofnod ddal 255 ar y mwyaf</translation>
    </message>
    <message>
        <source>the resolution does not fit 16 bits</source>
        <translation>nid yw&apos;r cydraniad yn ffitio mewn 16 did</translation>
    </message>
    <message>
        <source>the extended data of finger view %1 is larger than 65535 bytes</source>
        <translation>mae data estynedig golwg bys %1 yn fwy na 65535 beit</translation>
    </message>
    <message>
        <source>core</source>
        <translation>craidd</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>the core-and-delta block ends before its %1 count</source>
        <translation>mae&apos;r bloc creiddiau a deltâu yn dod i ben cyn nifer y pwyntiau %1</translation>
    </message>
    <message>
        <source>%1 information type %2 is reserved</source>
        <translation>mae math gwybodaeth %2 y pwyntiau %1 wedi&apos;i neilltuo</translation>
    </message>
    <message>
        <source>%1 %2 points do not fit the %3 bytes left of the block</source>
        <translation>nid yw %1 pwynt %2 yn ffitio yn y %3 beit sydd ar ôl o&apos;r bloc</translation>
    </message>
    <message>
        <source>the %1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation>mae&apos;r pwynt %1 yn (%2, %3) y tu allan i&apos;r ddelwedd %4 x %5</translation>
    </message>
    <message>
        <source>%1 bytes follow the deltas in the core-and-delta block</source>
        <translation>mae %1 beit yn dilyn y deltâu yn y bloc creiddiau a deltâu</translation>
    </message>
    <message>
        <source>extended data length</source>
        <translation>hyd y data estynedig</translation>
    </message>
    <message>
        <source>the extended data length %1 is more than the %2 bytes left</source>
        <translation>mae hyd y data estynedig, %1, yn fwy na&apos;r %2 beit sydd ar ôl</translation>
    </message>
    <message>
        <source>an extended data area header does not fit the extended data</source>
        <translation>nid yw pennyn ardal data estynedig yn ffitio yn y data estynedig</translation>
    </message>
    <message>
        <source>the extended data area length %1 does not fit the %2 bytes of extended data left</source>
        <translation>nid yw hyd yr ardal data estynedig, %1, yn ffitio yn y %2 beit o ddata estynedig sydd ar ôl</translation>
    </message>
    <message>
        <source>extended data area type 0 is reserved</source>
        <translation>mae ardal data estynedig math 0 wedi&apos;i neilltuo</translation>
    </message>
    <message>
        <source>a second core-and-delta block</source>
        <translation>ail floc creiddiau a deltâu</translation>
    </message>
    <message>
        <source>header of finger view %1</source>
        <translation>pennyn golwg bys %1</translation>
    </message>
    <message>
        <source>finger position %1 is not 0 to 10</source>
        <translation>nid yw safle bys %1 rhwng 0 a 10</translation>
    </message>
    <message>
        <source>impression type %1 is not 0 to 3 or 8</source>
        <translation>nid yw math o argraff %1 rhwng 0 a 3 nac yn 8</translation>
    </message>
    <message>
        <source>finger quality %1 is more than 100</source>
        <translation>mae ansawdd bys %1 yn fwy na 100</translation>
    </message>
    <message>
        <source>%1 minutiae need %2 bytes; %3 are left</source>
        <translation>mae %1 o fanylion angen %2 beit; mae %3 ar ôl</translation>
    </message>
    <message>
        <source>minutia %1 has the reserved type code 3</source>
        <translation>mae gan fanylyn %1 y cod math neilltuedig 3</translation>
    </message>
    <message>
        <source>minutia %1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation>mae manylyn %1 yn (%2, %3) y tu allan i&apos;r ddelwedd %4 x %5</translation>
    </message>
    <message>
        <source>minutia %1 has quality %2, more than 100</source>
        <translation>mae gan fanylyn %1 ansawdd %2, mwy na 100</translation>
    </message>
    <message>
        <source>not a finger minutiae record (it does not start with &quot;FMR&quot; and a zero byte)</source>
        <translation>nid yw&apos;n gofnod manylion bys (nid yw&apos;n dechrau gyda &quot;FMR&quot; a beit sero)</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not &quot; 20&quot; (ISO/IEC 19794-2:2005)</source>
        <translation>nid yw&apos;r fersiwn &quot;%1&quot; yn &quot; 20&quot; (ISO/IEC 19794-2:2005)</translation>
    </message>
    <message>
        <source>record length</source>
        <translation>hyd y cofnod</translation>
    </message>
    <message>
        <source>the record length is %1 bytes but the data is %2 bytes; this looks like an INCITS 378 record, whose length field is 2 or 6 bytes</source>
        <translation>mae hyd y cofnod yn %1 beit ond mae&apos;r data yn %2 beit; mae hwn yn edrych fel cofnod INCITS 378, y mae ei faes hyd yn 2 neu 6 beit</translation>
    </message>
    <message>
        <source>the record length is %1 bytes but the data is %2 bytes</source>
        <translation>mae hyd y cofnod yn %1 beit ond mae&apos;r data yn %2 beit</translation>
    </message>
    <message>
        <source>record header</source>
        <translation>pennyn y cofnod</translation>
    </message>
    <message>
        <source>the image size %1 x %2 is not 1 to 16383 pixels each way</source>
        <translation>nid yw maint y ddelwedd, %1 x %2, rhwng 1 a 16383 picsel bob ffordd</translation>
    </message>
    <message>
        <source>the record has no finger view</source>
        <translation>nid oes gan y cofnod olwg bys</translation>
    </message>
    <message>
        <source>%1 finger views do not fit the %2 bytes left</source>
        <translation>nid yw %1 o olygon bys yn ffitio yn y %2 beit sydd ar ôl</translation>
    </message>
    <message>
        <source>%1 bytes follow the last finger view</source>
        <translation>mae %1 beit yn dilyn yr olwg bys olaf</translation>
    </message>
    <message>
        <source>The record has %1 finger view(s); there is no view %2</source>
        <translation>Nifer golygon bys y cofnod yw %1; nid oes golwg %2</translation>
    </message>
    <message>
        <source>The record describes a %1 x %2 pixel image, but the image is %3 x %4 pixels</source>
        <translation>Mae&apos;r cofnod yn disgrifio delwedd %1 x %2 picsel, ond mae&apos;r ddelwedd yn %3 x %4 picsel</translation>
    </message>
    <message>
        <source>ending</source>
        <translation>terfyn crib</translation>
    </message>
    <message>
        <source>bifurcation</source>
        <translation>fforch</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>ISO/IEC 19794-2:2005 finger minutiae record
</source>
        <translation>Cofnod manylion bys ISO/IEC 19794-2:2005
</translation>
    </message>
    <message>
        <source>Image: %1 x %2 pixels, resolution %3 x %4 pixels/cm
</source>
        <translation>Delwedd: %1 x %2 picsel, cydraniad %3 x %4 picsel/cm
</translation>
    </message>
    <message>
        <source>Capture equipment: certification %1, device type %2
</source>
        <translation>Offer cipio: ardystiad %1, math o ddyfais %2
</translation>
    </message>
    <message>
        <source>Finger views: %1
</source>
        <translation>Golygon bys: %1
</translation>
    </message>
    <message>
        <source>View %1: finger position %2, view number %3, impression type %4, quality %5, %6 minutiae
</source>
        <translation>Golwg %1: safle bys %2, rhif golwg %3, math o argraff %4, ansawdd %5, %6 o fanylion
</translation>
    </message>
    <message>
        <source>  %1  %2  x %3  y %4  angle %5 (%6 degrees)  quality %7
</source>
        <translation>  %1  %2  x %3  y %4  ongl %5 (%6 gradd)  ansawdd %7
</translation>
    </message>
    <message>
        <source>%1 (%2 degrees)</source>
        <translation>%1 (%2 gradd)</translation>
    </message>
    <message>
        <source>  %1 x %2  y %3  angles: %4
</source>
        <translation>  %1 x %2  y %3  onglau: %4
</translation>
    </message>
    <message>
        <source>core </source>
        <translation>craidd </translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>  extended data area type 0x%1, %2 bytes
</source>
        <translation>  ardal data estynedig math 0x%1, %2 beit
</translation>
    </message>
</context>
<context>
    <name>ridgeline::storage</name>
    <message>
        <source>%1 %2 failed: %3. Check free space and folder permissions.</source>
        <translation>Methodd %1 %2: %3. Gwiriwch y lle rhydd a chaniatâd y ffolder.</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>creu</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>ysgrifennu</translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation>disodli</translation>
    </message>
    <message>
        <source>Opening folder</source>
        <translation>agor y ffolder</translation>
    </message>
    <message>
        <source>Syncing folder</source>
        <translation>cysoni&apos;r ffolder</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>Nid yw %1 yn bodoli</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than any valid file of its kind</source>
        <translation>Mae %1 yn %2 beit, yn fwy nag unrhyw ffeil ddilys o&apos;r math hwnnw</translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 is signed by a key that is not this workspace&apos;s workstation key.</source>
        <translation>Mae&apos;r pwynt gwirio archwilio wrth ddigwyddiad %1 wedi&apos;i lofnodi ag allwedd nad yw&apos;n allwedd gweithfan y gweithle hwn.</translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 has an invalid signature (the checkpoint was altered).</source>
        <translation>Mae gan y pwynt gwirio archwilio wrth ddigwyddiad %1 lofnod annilys (newidiwyd y pwynt gwirio).</translation>
    </message>
    <message>
        <source>Audit event %1 is missing (the next stored event is %2): events were deleted.</source>
        <translation>Mae digwyddiad archwilio %1 ar goll (y digwyddiad nesaf a storiwyd yw %2): dilëwyd digwyddiadau.</translation>
    </message>
    <message>
        <source>Audit event %1 does not follow event %2 (previous-hash mismatch): events were deleted, reordered or replaced.</source>
        <translation>Nid yw digwyddiad archwilio %1 yn dilyn digwyddiad %2 (nid yw&apos;r stwnsh blaenorol yn cyfateb): dilëwyd, aildrefnwyd neu amnewidiwyd digwyddiadau.</translation>
    </message>
    <message>
        <source>Audit event %1 was modified (its hash does not match its contents).</source>
        <translation>Newidiwyd digwyddiad archwilio %1 (nid yw ei stwnsh yn cyfateb i&apos;w gynnwys).</translation>
    </message>
    <message>
        <source>Audit event %1 does not match the checkpoint signed there: the chain up to it was rewritten.</source>
        <translation>Nid yw digwyddiad archwilio %1 yn cyfateb i&apos;r pwynt gwirio a lofnodwyd yno: ailysgrifennwyd y gadwyn hyd ato.</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1 but a checkpoint was signed at event %2: events %3 to %2 were removed (truncated).</source>
        <translation>Mae&apos;r llwybr archwilio&apos;n gorffen wrth ddigwyddiad %1 ond llofnodwyd pwynt gwirio wrth ddigwyddiad %2: tynnwyd digwyddiadau %3 i %2 (cwtogwyd).</translation>
    </message>
    <message>
        <source>The sign-in record %1 is locked by another Ridgeline process; try again.</source>
        <translation>Mae&apos;r cofnod mewngofnodi %1 wedi&apos;i gloi gan broses Ridgeline arall; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Ridgeline (schema version %2; this program knows up to %3). Open it with the newer version; it has not been changed.</source>
        <translation>Ysgrifennwyd y gweithle %1 gan Ridgeline mwy newydd (fersiwn sgema %2; mae&apos;r rhaglen hon yn gwybod hyd at %3). Agorwch ef gyda&apos;r fersiwn fwy newydd; nid yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Upgrading the workspace schema to version %1</source>
        <translation>Uwchraddio sgema&apos;r gweithle i fersiwn %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else first (stored revision %2, yours %3). Reload it and apply your change again.</source>
        <translation>Newidiwyd %1 gan rywun arall yn gyntaf (fersiwn a storiwyd %2, eich un chi %3). Ail-lwythwch ef a chymhwyso&apos;ch newid eto.</translation>
    </message>
    <message>
        <source>Binding a value</source>
        <translation>rhwymo gwerth</translation>
    </message>
    <message>
        <source>No %1 is stored for original %2.</source>
        <translation>Nid oes %1 wedi&apos;i storio ar gyfer gwreiddiol %2.</translation>
    </message>
    <message>
        <source>Derived data of original %1 needs a kind.</source>
        <translation>Mae angen math ar gyfer data deilliedig gwreiddiol %1.</translation>
    </message>
    <message>
        <source>The %1 was not stored: original %2 is not in this workspace.</source>
        <translation>Ni storiwyd y %1: nid yw gwreiddiol %2 yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>Original %1 is not in this workspace.</source>
        <translation>Nid yw gwreiddiol %1 yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>Original %1 no longer matches its SHA-256 (%2 of %3 bytes read): the evidence is damaged. Restore the workspace from a backup.</source>
        <translation>Nid yw gwreiddiol %1 yn cyfateb i&apos;w SHA-256 mwyach (darllenwyd %2 o %3 beit): mae&apos;r dystiolaeth wedi&apos;i difrodi. Adferwch y gweithle o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>The key header %1 is missing, so no user can unlock the workspace beside it. Restore the .keys file from the backup taken with the database.</source>
        <translation>Mae pennyn yr allweddi %1 ar goll, felly ni all unrhyw ddefnyddiwr ddatgloi&apos;r gweithle wrth ei ymyl. Adferwch y ffeil .keys o&apos;r copi wrth gefn a wnaed gyda&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>The key header %1 is damaged (%2). Restore it from a backup; the database has not been touched.</source>
        <translation>Mae pennyn yr allweddi %1 wedi&apos;i ddifrodi (%2). Adferwch ef o gopi wrth gefn; ni chyffyrddwyd â&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1</source>
        <translation>JSON annilys ar wrthbwyso %1</translation>
    </message>
    <message>
        <source>not a Ridgeline key header</source>
        <translation>nid yw&apos;n bennyn allweddi Ridgeline</translation>
    </message>
    <message>
        <source>unknown header version %1</source>
        <translation>fersiwn pennyn anhysbys %1</translation>
    </message>
    <message>
        <source>slot %1 is malformed</source>
        <translation>mae slot %1 wedi&apos;i gamffurfio</translation>
    </message>
    <message>
        <source>identity fields are malformed</source>
        <translation>mae&apos;r meysydd hunaniaeth wedi&apos;u camffurfio</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>nid yw&apos;r swm gwirio&apos;n cyfateb</translation>
    </message>
    <message>
        <source>The key header %1 was modified outside Ridgeline (its MAC does not match). Restore it from a backup and report it to the administrator.</source>
        <translation>Newidiwyd pennyn yr allweddi %1 y tu allan i Ridgeline (nid yw ei MAC yn cyfateb). Adferwch ef o gopi wrth gefn a rhowch wybod i&apos;r gweinyddwr.</translation>
    </message>
    <message>
        <source>a key slot has impossible Argon2id limits</source>
        <translation>mae gan slot allwedd derfynau Argon2id amhosibl</translation>
    </message>
    <message>
        <source>Deriving the passphrase key ran out of memory (Argon2id needs %1 MiB).</source>
        <translation>Rhedodd deillio allwedd y cyfrinymadrodd allan o gof (mae Argon2id angen %1 MiB).</translation>
    </message>
    <message>
        <source>Sign-in failed for &quot;%1&quot;: unknown user or wrong passphrase. Check the user name and passphrase (Caps Lock?) and try again.</source>
        <translation>Methodd mewngofnodi ar gyfer &quot;%1&quot;: defnyddiwr anhysbys neu gyfrinymadrodd anghywir. Gwiriwch yr enw defnyddiwr a&apos;r cyfrinymadrodd (Caps Lock?) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation>Mae slot allwedd angen enw defnyddiwr.</translation>
    </message>
    <message>
        <source>Writing audit event %1</source>
        <translation>Ysgrifennu digwyddiad archwilio %1</translation>
    </message>
    <message>
        <source>Case %1 does not exist in this workspace.</source>
        <translation>Nid yw achos %1 yn bodoli yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>Case %1 does not exist in this workspace; check the reference with &apos;cases list&apos;.</source>
        <translation>Nid yw achos %1 yn bodoli yn y gweithle hwn; gwiriwch y cyfeirnod gyda &apos;cases list&apos;.</translation>
    </message>
    <message>
        <source>A case needs a valid reference (FORCE/YEAR/NUMBER).</source>
        <translation>Mae achos angen cyfeirnod dilys (HEDDLU/BLWYDDYN/RHIF).</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Achos %1</translation>
    </message>
    <message>
        <source>Case reference %1 is already used by another case.</source>
        <translation>Mae cyfeirnod achos %1 eisoes yn cael ei ddefnyddio gan achos arall.</translation>
    </message>
    <message>
        <source>Mark %1 does not exist in this workspace.</source>
        <translation>Nid yw ôl %1 yn bodoli yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Ôl %1</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation>Nid oes defnyddiwr &quot;%1&quot; yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists.</source>
        <translation>Mae&apos;r defnyddiwr &quot;%1&quot; yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>agor cronfa ddata&apos;r gweithle</translation>
    </message>
    <message>
        <source>Setting the database key</source>
        <translation>gosod allwedd y gronfa ddata</translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation>rhedeg datganiad cronfa ddata</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database %2 is damaged or was not made with this key (%3). Restore it from a backup.</source>
        <translation>Methodd %1: mae cronfa ddata&apos;r gweithle %2 wedi&apos;i difrodi neu ni chafodd ei gwneud gyda&apos;r allwedd hon (%3). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be opened (%3). Check the path and permissions.</source>
        <translation>Methodd %1: nid oes modd agor %2 (%3). Gwiriwch y llwybr a&apos;r caniatâd.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3. Check free space and permissions.</source>
        <translation>Methodd %1 ar %2: %3. Gwiriwch y lle rhydd a&apos;r caniatâd.</translation>
    </message>
    <message>
        <source>%1 failed: %2 is busy in another program (%3). Try again.</source>
        <translation>Methodd %1: mae %2 yn brysur mewn rhaglen arall (%3). Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>Methodd %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>Methodd %1 ar %2: %3</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>paratoi datganiad cronfa ddata</translation>
    </message>
    <message>
        <source>Reading or writing the workspace</source>
        <translation>darllen neu ysgrifennu&apos;r gweithle</translation>
    </message>
    <message>
        <source>transaction committed twice</source>
        <translation>cadarnhawyd y trafodiad ddwywaith</translation>
    </message>
    <message>
        <source>A step inside this change failed, so none of it was written to %1.</source>
        <translation>Methodd cam o fewn y newid hwn, felly ni ysgrifennwyd dim ohono i %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new path for the workspace (nothing was overwritten).</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch lwybr newydd ar gyfer y gweithle (ni throsysgrifwyd dim).</translation>
    </message>
    <message>
        <source>The workspace database %1 does not exist. Check --db or create one with init.</source>
        <translation>Nid yw cronfa ddata&apos;r gweithle %1 yn bodoli. Gwiriwch --db neu crëwch un gydag init.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>Mae %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <source>The workspace %1 has no database id; it is damaged.</source>
        <translation>Nid oes gan y gweithle %1 ddynodydd cronfa ddata; mae wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated or padded (%2 bytes, %3 pages expected). Restore it from a backup; nothing was written to it.</source>
        <translation>Mae cronfa ddata&apos;r gweithle %1 wedi&apos;i chwtogi neu wedi&apos;i phadio (%2 beit, disgwylid %3 tudalen). Adferwch hi o gopi wrth gefn; ni ysgrifennwyd dim iddi.</translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated (%2 bytes). Restore it from a backup.</source>
        <translation>Mae cronfa ddata&apos;r gweithle %1 wedi&apos;i chwtogi (%2 beit). Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>comparison of mark %1 with exemplar %2</source>
        <translation>y gymhariaeth rhwng ôl %1 ac enghraifft %2</translation>
    </message>
    <message>
        <source>markup of mark %1</source>
        <translation>y marcio ar ôl %1</translation>
    </message>
    <message>
        <source>The document to save is not valid JSON (%1 at byte %2); nothing was saved. This is a fault of the program: report it.</source>
        <translation>Nid yw&apos;r ddogfen i&apos;w chadw yn JSON dilys (%1 ar feit %2); ni chadwyd dim. Nam yn y rhaglen yw hwn: rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>The document to save is not a JSON object with a &quot;format&quot; name; nothing was saved. This is a fault of the program: report it.</source>
        <translation>Nid yw&apos;r ddogfen i&apos;w chadw yn wrthrych JSON gydag enw &quot;format&quot;; ni chadwyd dim. Nam yn y rhaglen yw hwn: rhowch wybod amdano.</translation>
    </message>
    <message>
        <source>A comparison of mark %1 needs the exemplar impression it is with (and markup has none); nothing was saved.</source>
        <translation>Mae cymhariaeth ôl %1 angen yr argraff enghreifftiol y mae&apos;n ei chymharu â hi (nid oes gan farcio un); ni chadwyd dim.</translation>
    </message>
    <message>
        <source>The %1 has no revision %2 to be based on (the newest is %3); nothing was saved. Reopen it.</source>
        <translation>Nid oes gan %1 fersiwn %2 i seilio arni (%3 yw&apos;r fwyaf newydd); ni chadwyd dim. Agorwch y ddogfen eto.</translation>
    </message>
    <message>
        <source>%1 has no draft of the %2.</source>
        <translation>Nid oes gan %1 ddrafft ar gyfer %2.</translation>
    </message>
    <message>
        <source>The %1 was committed elsewhere as revision %2 after this draft was started from revision %3. Open revision %2, bring the changes together and commit again; the draft was kept.</source>
        <translation>Cadarnhawyd %1 yn rhywle arall fel fersiwn %2 ar ôl i&apos;r drafft hwn gael ei ddechrau o fersiwn %3. Agorwch fersiwn %2, cyfunwch y newidiadau a chadarnhau eto; cadwyd y drafft.</translation>
    </message>
    <message>
        <source>The %1 has no revision %2.</source>
        <translation>Nid oes gan %1 fersiwn %2.</translation>
    </message>
    <message>
        <source>The %1 has not been committed yet.</source>
        <translation>Nid oes neb wedi cadarnhau %1 eto.</translation>
    </message>
    <message>
        <source>Revision %1 of the %2 does not match the SHA-256 it was committed with: the workspace was altered. Run verify and restore it from a backup.</source>
        <translation>Nid yw fersiwn %1 %2 yn cyfateb i&apos;r SHA-256 y&apos;i cadarnhawyd gydag ef: newidiwyd y gweithle. Rhedwch verify ac adferwch y gweithle o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>Revision %1 of the %2 does not match the SHA-256 it was committed with (%3).</source>
        <translation>Nid yw fersiwn %1 %2 yn cyfateb i&apos;r SHA-256 y&apos;i cadarnhawyd gydag ef (%3).</translation>
    </message>
    <message>
        <source>There is no mark %1 in the workspace.</source>
        <translation>Nid oes ôl %1 yn y gweithle.</translation>
    </message>
    <message>
        <source>Mark %1 was changed by another session first: it is now at version %2, stage &quot;%3&quot;%4; your step was based on version %5, stage &quot;%6&quot;. Nothing was saved: reload the mark and decide again.</source>
        <translation>Newidiwyd ôl %1 gan sesiwn arall yn gyntaf: mae bellach ar fersiwn %2, cam &quot;%3&quot;%4; roedd eich cam chi wedi&apos;i seilio ar fersiwn %5, cam &quot;%6&quot;. Ni chadwyd dim: ail-lwythwch yr ôl a phenderfynu eto.</translation>
    </message>
    <message>
        <source> (by %1 at %2)</source>
        <translation> (gan %1 am %2)</translation>
    </message>
    <message>
        <source>Mark %1 was changed by another session first; nothing was saved.</source>
        <translation>Newidiwyd ôl %1 gan sesiwn arall yn gyntaf; ni chadwyd dim.</translation>
    </message>
    <message>
        <source>The mark has no committed analysis.</source>
        <translation>Nid oes gan yr ôl ddadansoddiad wedi&apos;i gadarnhau.</translation>
    </message>
    <message>
        <source>%1 has no signing key yet.</source>
        <translation>Nid oes gan %1 allwedd lofnodi eto.</translation>
    </message>
    <message>
        <source>The key protecting the signing key could not be derived (out of memory?); nothing was signed.</source>
        <translation>Nid oedd modd deillio&apos;r allwedd sy&apos;n diogelu&apos;r allwedd lofnodi (dim digon o gof?); ni lofnodwyd dim.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1&apos;s signing key; nothing was signed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn agor allwedd lofnodi %1; ni lofnodwyd dim.</translation>
    </message>
    <message>
        <source>The stored signing key of %1 is damaged.</source>
        <translation>Mae&apos;r allwedd lofnodi a storiwyd ar gyfer %1 wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The stored signing key of %1 does not match its public key.</source>
        <translation>Nid yw&apos;r allwedd lofnodi a storiwyd ar gyfer %1 yn cyfateb i&apos;w hallwedd gyhoeddus.</translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::Intake</name>
    <message>
        <source>The key for device %1 is not a 32-byte Ed25519 public key</source>
        <translation>Nid yw&apos;r allwedd ar gyfer dyfais %1 yn allwedd gyhoeddus Ed25519 32 beit</translation>
    </message>
    <message>
        <source>There is no proposed person link %1</source>
        <translation>Nid oes cysylltiad person arfaethedig %1</translation>
    </message>
    <message>
        <source>Person link %1 was already decided (%2)</source>
        <translation>Penderfynwyd ar gysylltiad person %1 eisoes (%2)</translation>
    </message>
    <message>
        <source>Package %1 is not signed, and this workspace accepts only packages signed by a registered device</source>
        <translation>Nid yw pecyn %1 wedi&apos;i lofnodi, a dim ond pecynnau wedi&apos;u llofnodi gan ddyfais gofrestredig y mae&apos;r gweithle hwn yn eu derbyn</translation>
    </message>
    <message>
        <source>Package %1 is signed by device %2, which is not registered (or was withdrawn) in this workspace; an administrator must register it first</source>
        <translation>Mae pecyn %1 wedi&apos;i lofnodi gan ddyfais %2, nad yw wedi&apos;i chofrestru (neu a dynnwyd yn ôl) yn y gweithle hwn; rhaid i weinyddwr ei chofrestru yn gyntaf</translation>
    </message>
    <message>
        <source>Package %1: the signature of manifest.json does not verify with the key registered for device %2; the manifest was altered or signed by another device</source>
        <translation>Pecyn %1: nid yw llofnod manifest.json yn cael ei wirio gan yr allwedd a gofrestrwyd ar gyfer dyfais %2; newidiwyd y maniffest neu fe&apos;i llofnodwyd gan ddyfais arall</translation>
    </message>
    <message>
        <source>An original changed between checking and storing; nothing was kept</source>
        <translation>Newidiodd gwreiddiol rhwng ei wirio a&apos;i storio; ni chadwyd dim</translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::MarkWork</name>
    <message>
        <source>The stored %1 is not valid JSON: %2</source>
        <translation>Nid yw&apos;r %1 a storiwyd yn JSON dilys: %2</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>graddnodi</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesuriadau</translation>
    </message>
    <message>
        <source>Mark %1, revision %2</source>
        <translation>Ôl %1, fersiwn %2</translation>
    </message>
    <message>
        <source>No examination work has been saved for mark %1.</source>
        <translation>Nid oes gwaith archwilio wedi&apos;i gadw ar gyfer ôl %1.</translation>
    </message>
    <message>
        <source>Mark %1 is not in this workspace.</source>
        <translation>Nid yw ôl %1 yn y gweithle hwn.</translation>
    </message>
    <message>
        <source>The work on mark %1 was saved elsewhere (revision %2) after this copy was opened (revision %3). Reopen the mark to see it; nothing was overwritten.</source>
        <translation>Cadwyd y gwaith ar ôl %1 yn rhywle arall (fersiwn %2) ar ôl i&apos;r copi hwn gael ei agor (fersiwn %3). Agorwch yr ôl eto i&apos;w weld; ni throsysgrifwyd dim.</translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::Templates</name>
    <message>
        <source>Exemplar impression %1 is not in this workspace.</source>
        <translation>Nid yw argraff enghreifftiol %1 yn y gweithle hwn.</translation>
    </message>
</context>
</TS>
