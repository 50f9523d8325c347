# Welsh for issue 8: the PDF reports (case report, court chart, status summaries for the victim and the
# prosecutor, their page furniture), the report builder's sentences, the Reports dialog, the supervisor
# dashboard and its charts, and the stragglers of the main window and the comparison window.
# Merged into the tables of welsh.py (see there).
#
# Terms: report "adroddiad"; case report "adroddiad achos"; court chart "siart llys"; status summary
# "crynodeb statws" (the summary's own title keeps "crynodeb o'r sefyllfa", as in ridgeline::VictimSummary);
# prosecutor "erlynydd"; dashboard "dangosfwrdd"; turnaround "amser cwblhau"; workload "llwyth gwaith";
# caseload "llwyth achosion"; median / mean "canolrif" / "cymedr"; matcher "offeryn paru" (as in the
# comparison window), matcher score "sgôr yr offeryn paru"; mated / non-mated "yr un bys" / "bysedd
# gwahanol" (as "cymariaethau rhwng bysedd gwahanol" in ridgeline::ExemplarCandidateModel); ground truth
# "gwirionedd hysbys"; correspondence "cyfatebiaeth" (corresponding features "nodweddion cyfatebol");
# ruler "pren mesur"; natural size "maint naturiol"; to scale "wrth raddfa"; magnification "chwyddiad";
# key fingerprint "bysbrint yr allwedd" (as ridgeline::SignOffModel); hash "stwnsh" (as ridgeline::storage);
# provenance "tarddiad"; capture "cipio" (as the inbox); exposure to an exemplar "gweld enghraifft" (as
# ridgeline::MarkRecord); audit trail "llwybr archwilio" (the term the .ts already uses throughout);
# audit excerpt "detholiad o'r llwybr archwilio"; checkpoint "pwynt gwirio"; void "dirymu"; preview
# "rhagolwg" (verb "rhagweld"); export "allforio"; print / printer "argraffu" / "argraffydd".
#
# The "what" phrases handed to ridgeline::ReportPdf ("The case report of %1", "The court chart of exhibit
# %1", "The status summary of case %1") only ever fill %1 of ReportPdf's error sentences, so they are in
# lower case and those sentences are turned round to put %1 mid-sentence ("Canslwyd %1: ...").
# "neither image is" / "the mark is" / "the exemplar is" fill %1 of "No scale can be stated: %1 not
# calibrated."; Welsh needs the gender of the noun on the participle, so each fragment carries the whole
# clause ("nid yw'r ôl wedi'i raddnodi") and the sentence drops "not calibrated".
# The dashboard figures (context "ridgeline") name examiners' marks as series and chart titles.

CY = {
    "ridgeline": {
        "Open cases by ACE-V stage": "Achosion agored fesul cam ACE-V",
        "Stage of the case's least advanced mark": "Cam yr ôl lleiaf datblygedig yn yr achos",
        "Cases": "Achosion",
        "No open cases.": "Dim achosion agored.",
        "Open cases": "Achosion agored",
        "Age of marks waiting, by stage": "Oed yr olion sy'n aros, fesul cam",
        "Stage": "Cam",
        "Days in the stage": "Dyddiau ar y cam",
        "No marks are waiting.": "Nid oes unrhyw olion yn aros.",
        "Median (days)": "Canolrif (dyddiau)",
        "Oldest (days)": "Hynaf (dyddiau)",
        "Marks waiting": "Olion yn aros",
        "Turnaround from capture to sign-off": "Amser cwblhau o'r cipio i'r gymeradwyaeth",
        "Days from capture to sign-off": "Dyddiau o'r cipio i'r gymeradwyaeth",
        "Marks signed off": "Olion wedi'u cymeradwyo",
        "Under 1 day": "Llai nag 1 diwrnod",
        "1 to 2 days": "1 i 2 ddiwrnod",
        "2 to 7 days": "2 i 7 diwrnod",
        "1 to 2 weeks": "1 i 2 wythnos",
        "2 to 4 weeks": "2 i 4 wythnos",
        "4 weeks or more": "4 wythnos neu fwy",
        "No marks were signed off in this period.": "Ni chymeradwywyd unrhyw olion yn y cyfnod hwn.",
        "Marks": "Olion",
        "Turnaround by month of sign-off": "Amser cwblhau fesul mis y gymeradwyaeth",
        "Month of sign-off": "Mis y gymeradwyaeth",
        "Mean (days)": "Cymedr (dyddiau)",
        "Workload per examiner": "Llwyth gwaith fesul archwiliwr",
        "Examiner": "Archwiliwr",
        "No examiner has marks in hand or concluded any in this period.": "Nid oes gan unrhyw archwiliwr olion "
        "ar y gweill, ac ni ddaeth neb i gasgliad ar unrhyw ôl yn y cyfnod hwn.",
        "Not taken yet": "Heb ei gymryd eto",
        "In hand now": "Ar y gweill nawr",
        "Concluded in period": "Casgliad wedi'i gofnodi yn y cyfnod",
        "Verified in period": "Wedi'u dilysu yn y cyfnod",
        "Conclusions by type": "Casgliadau fesul math",
        "Conclusion": "Casgliad",
        "Conclusions recorded": "Casgliadau a gofnodwyd",
        "No conclusions were recorded in this period.": "Ni chofnodwyd unrhyw gasgliadau yn y cyfnod hwn.",
        "Examiner's evaluation": "Gwerthusiad yr archwiliwr",
        "Verification": "Dilysu",
        "Resolution of a conflict": "Datrys gwrthdaro",
        "Conflicts over time": "Gwrthdaro dros amser",
        "Month": "Mis",
        "No conflicts were raised or resolved in this period.": "Ni chodwyd ac ni ddatryswyd unrhyw wrthdaro yn y "
        "cyfnod hwn.",
        "Conflicts raised": "Gwrthdaro a godwyd",
        "Conflicts resolved": "Gwrthdaro a ddatryswyd",
        "Matcher scores: mated and non-mated": "Sgoriau'r offeryn paru: yr un bys a bysedd gwahanol",
        "Exemplar search score": "Sgôr chwilio'r enghreifftiau",
        "Searches": "Chwiliadau",
        "No scores with known ground truth yet: a score counts once an examiner's identification or exclusion "
        "names the finger an exemplar search of the mark ranked first.": "Dim sgoriau â gwirionedd hysbys eto: mae "
        "sgôr yn cyfrif unwaith y bydd adnabod neu allgáu gan archwiliwr yn enwi'r bys a roddodd chwiliad "
        "enghreifftiau am yr ôl ar y brig.",
        "Mated (identified)": "Yr un bys (adnabod)",
        "Non-mated (excluded)": "Bysedd gwahanol (allgáu)",
        "%1 to %2": "%1 i %2",
    },
    "ridgeline::CaseReportPdf": {
        "Case report": "Adroddiad achos",
        "Case reference": "Cyfeirnod yr achos",
        "Force": "Heddlu",
        "Offence": "Trosedd",
        "Officer in the case": "Swyddog yr achos",
        "Status": "Statws",
        "Opened": "Agorwyd",
        "Summary": "Crynodeb",
        "All times in this report are Coordinated Universal Time (UTC).": "Mae pob amser yn yr adroddiad hwn mewn "
        "Amser Cyffredinol Cydgysylltiedig (UTC).",
        "Persons": "Pobl",
        "No persons are linked to the case.": "Nid oes unrhyw bobl wedi'u cysylltu â'r achos.",
        "Documents": "Dogfennau",
        "No documents are recorded.": "Nid oes unrhyw ddogfennau wedi'u cofnodi.",
        "Exhibit %1: %2": "Arddangosyn %1: %2",
        "Stage": "Cam",
        "Original SHA-256": "SHA-256 y gwreiddiol",
        "Provenance": "Tarddiad",
        "Examiner": "Archwiliwr",
        "Verifier": "Dilysydd",
        "Analysis": "Dadansoddiad",
        "Not analysed yet.": "Heb ei ddadansoddi eto.",
        "Value": "Gwerth",
        "Committed": "Cadarnhawyd",
        "Snapshot SHA-256": "SHA-256 y ciplun",
        "Recorded": "Cofnodwyd",
        "Changes after exposure to an exemplar": "Newidiadau ar ôl gweld enghraifft",
        "First exemplar seen: %1.": "Gwelwyd yr enghraifft gyntaf: %1.",
        "No exemplar has been seen.": "Nid oes unrhyw enghraifft wedi'i gweld.",
        "0 changes after exposure": "0 newid ar ôl gweld enghraifft",
        "%1 changes after exposure:": "%1 newid ar ôl gweld enghraifft:",
        "Conclusions, verification and resolution": "Casgliadau, dilysu a datrys",
        "None recorded yet.": "Dim wedi'i gofnodi eto.",
        "Exemplar": "Enghraifft",
        "By": "Gan",
        "Basis": "Sail",
        "Record SHA-256": "SHA-256 y cofnod",
        "Stage and conflict history": "Hanes y camau a'r gwrthdaro",
        "No stage changes recorded.": "Dim newidiadau cam wedi'u cofnodi.",
        "Time": "Amser",
        "Who": "Pwy",
        "What": "Beth",
        "Withheld from this report": "Ataliwyd o'r adroddiad hwn",
        "Sign-off": "Cymeradwyaeth",
        "Revision %1": "Fersiwn %1",
        "In force": "Mewn grym",
        "VOIDED": "DIRYMWYD",
        "Supervisor": "Goruchwylydd",
        "Signed": "Llofnodwyd",
        "Marks": "Olion",
        "Document SHA-256": "SHA-256 y ddogfen",
        "Signature key fingerprint": "Bysbrint yr allwedd lofnodi",
        "Voided": "Dirymwyd",
        "Audit excerpt": "Detholiad o'r llwybr archwilio",
        "%1 of %2 events shown.": "Dangosir %1 o %2 digwyddiad.",
        "User": "Defnyddiwr",
        "Action": "Gweithred",
        "Object": "Gwrthrych",
        "Detail": "Manylion",
        "Case report · %1": "Adroddiad achos · %1",
        "Exhibits and marks": "Arddangosion ac olion",
        "No marks are recorded.": "Nid oes unrhyw olion wedi'u cofnodi.",
        "The case report of %1": "adroddiad achos %1",
        "Case report: %1": "Adroddiad achos: %1",
    },
    "ridgeline::ComparisonWindow": {
        "Court C&hart…": "&Siart llys…",
        "Preview, export or print the court chart of this mark from its committed comparison": "Rhagweld, allforio "
        "neu argraffu siart llys yr ôl hwn o'i gymhariaeth a gadarnhawyd",
    },
    "ridgeline::CourtChartPdf": {
        "×%1 natural size": "×%1 maint naturiol",
        "mm": "mm",
        "%1 × %2 pixels from (%3, %4) of the original, every pixel embedded": "%1 × %2 picsel o (%3, %4) yn y "
        "gwreiddiol, pob picsel wedi'i fewnosod",
        "Not calibrated: no scale can be stated": "Heb ei raddnodi: nid oes modd nodi graddfa",
        "%1 ppi (%2 pixels per millimetre)": "%1 ppi (%2 picsel y milimetr)",
        "Mark (left)": "Ôl (chwith)",
        "Exemplar (right)": "Enghraifft (de)",
        "Image": "Delwedd",
        "Original SHA-256": "SHA-256 y gwreiddiol",
        "Displayed image SHA-256": "SHA-256 y ddelwedd a ddangosir",
        "Calibration": "Graddnodi",
        "Printed": "Argraffwyd",
        "Corresponding features: %1, numbered the same on both images": "Nodweddion cyfatebol: %1, wedi'u rhifo'r "
        "un fath ar y ddwy ddelwedd",
        "No areas noted.": "Dim ardaloedd wedi'u nodi.",
        "Scale": "Graddfa",
        "Enhancement": "Gwella",
        "No enhancement: the original is shown": "Dim gwella: dangosir y gwreiddiol",
        "Conclusion": "Casgliad",
        "Comparison": "Cymhariaeth",
        "Role": "Rôl",
        "Person": "Person",
        "Statement": "Datganiad",
        "Time": "Amser",
        "Key fingerprint or record hash": "Bysbrint yr allwedd neu stwnsh y cofnod",
        "None recorded": "Dim wedi'i gofnodi",
        "COURT CHART": "SIART LLYS",
        "Case %1   ·   Exhibit %2": "Achos %1   ·   Arddangosyn %2",
        "Both images are printed at %1 on A3 paper. The rulers show millimetres at natural size and remain correct "
        "if the chart is printed at another size.": "Mae'r ddwy ddelwedd wedi'u hargraffu ar %1 ar bapur A3. Mae'r "
        "prennau mesur yn dangos milimetrau ar faint naturiol ac maent yn dal yn gywir os caiff y siart ei argraffu "
        "ar faint arall.",
        "At this magnification only part of an image fits: the part around the numbered features is shown.": "Ar y "
        "chwyddiad hwn dim ond rhan o ddelwedd sy'n ffitio: dangosir y rhan o amgylch y nodweddion wedi'u rhifo.",
        "No scale can be stated: %1 not calibrated. Each image is printed to fit its panel and no ruler is drawn.":
        "Nid oes modd nodi graddfa: %1. Caiff pob delwedd ei hargraffu i ffitio ei phanel ac ni lunnir pren mesur.",
        "neither image is": "nid yw'r naill ddelwedd na'r llall wedi'i graddnodi",
        "the mark is": "nid yw'r ôl wedi'i raddnodi",
        "the exemplar is": "nid yw'r enghraifft wedi'i graddnodi",
        "MARK  %1": "ÔL  %1",
        "not to scale": "nid wrth raddfa",
        "EXEMPLAR  %1": "ENGHRAIFFT  %1",
        "Court chart (continued): %1 · Case %2": "Siart llys (parhad): %1 · Achos %2",
        "The court chart of exhibit %1": "siart llys arddangosyn %1",
    },
    "ridgeline::Dashboard": {
        "Could not write %1: %2. Choose another folder or file name.": "Nid oedd modd ysgrifennu %1: %2. Dewiswch "
        "ffolder neu enw ffeil arall.",
        "Could not write %1: the chart %2 has no figures yet. Wait until the dashboard has finished computing.":
        "Nid oedd modd ysgrifennu %1: nid oes gan y siart %2 ffigurau eto. Arhoswch nes bod y dangosfwrdd wedi "
        "gorffen cyfrifo.",
        "Could not write %1: the chart could not be drawn as PNG.": "Nid oedd modd ysgrifennu %1: nid oedd modd "
        "llunio'r siart fel PNG.",
    },
    "ridgeline::DashboardChartPanel": {
        "%1, %2: %3 (%4)": "%1, %2: %3 (%4)",
        "E&xport": "All&forio",
        "Export this chart as a PNG image or its figures as CSV": "Allforio'r siart hwn fel delwedd PNG neu ei "
        "ffigurau fel CSV",
        "Save this chart as an image or its figures as a CSV file for a spreadsheet": "Cadw'r siart hwn fel delwedd "
        "neu ei ffigurau fel ffeil CSV ar gyfer taenlen",
        "Export Chart as &PNG…": "Allforio'r siart fel &PNG…",
        "Save the chart as it is shown, as a PNG image": "Cadw'r siart fel y'i dangosir, fel delwedd PNG",
        "Export Figures as &CSV…": "Allforio'r ffigurau fel &CSV…",
        "Save the figures behind the chart as a CSV file": "Cadw'r ffigurau y tu ôl i'r siart fel ffeil CSV",
        "%1. Point at a bar or point for its exact value.": "%1. Pwyntiwch at far neu bwynt i weld ei union werth.",
        "Export %1 as PNG": "Allforio %1 fel PNG",
        "Export the figures of %1 as CSV": "Allforio ffigurau %1 fel CSV",
        "PNG images (*.png)": "Delweddau PNG (*.png)",
        "CSV files (*.csv)": "Ffeiliau CSV (*.csv)",
        "Saved %1.": "Cadwyd %1.",
    },
    "ridgeline::DashboardView": {
        "Count sign-offs, conclusions, conflicts and searches from this day": "Cyfrif cymeradwyaethau, casgliadau, "
        "gwrthdaro a chwiliadau o'r diwrnod hwn ymlaen",
        "Count sign-offs, conclusions, conflicts and searches up to this day": "Cyfrif cymeradwyaethau, casgliadau, "
        "gwrthdaro a chwiliadau hyd at y diwrnod hwn",
        "Show only the cases of one force": "Dangos achosion un heddlu yn unig",
        "Show only the cases of one offence": "Dangos achosion un drosedd yn unig",
        "Show only the marks one examiner took": "Dangos yr olion a gymerodd un archwiliwr yn unig",
        "&From:": "&O:",
        "&To:": "&Hyd at:",
        "F&orce:": "Hedd&lu:",
        "O&ffence:": "&Trosedd:",
        "E&xaminer:": "A&rchwiliwr:",
        "&Refresh": "&Adnewyddu",
        "Read the workspace again (F5)": "Darllen y gweithle eto (F5)",
        "Read every case and mark from the workspace again and recompute the charts": "Darllen pob achos ac ôl o'r "
        "gweithle eto ac ailgyfrifo'r siartiau",
        "Computing the figures…": "Wrthi'n cyfrifo'r ffigurau…",
        "Computing the figures": "Wrthi'n cyfrifo'r ffigurau",
        "All forces": "Pob heddlu",
        "All offences": "Pob trosedd",
        "All examiners": "Pob archwiliwr",
        "Cases: %1 · Marks: %2 · Read %3": "Achosion: %1 · Olion: %2 · Darllenwyd %3",
    },
    "ridgeline::MainActions": {
        "Supervisor &Dashboard…": "Dangos&fwrdd y goruchwylydd…",
        "Caseload, ages, turnaround, workload, conclusions, conflicts and matcher scores, filtered by period, force, "
        "offence and examiner": "Llwyth achosion, oedrannau, amser cwblhau, llwyth gwaith, casgliadau, gwrthdaro a "
        "sgoriau'r offeryn paru, wedi'u hidlo yn ôl cyfnod, heddlu, trosedd ac archwiliwr",
        "&Reports…": "A&droddiadau…",
        "The selected case's report, a court chart of one of its marks, or a status summary for the victim or the "
        "prosecutor: preview, export as PDF, print": "Adroddiad yr achos a ddewiswyd, siart llys un o'i olion, neu "
        "grynodeb statws i'r dioddefwr neu'r erlynydd: rhagweld, allforio fel PDF, argraffu",
    },
    "ridgeline::MainWindow": {
        "Supervisor Dashboard — Ridgeline": "Dangosfwrdd y goruchwylydd — Ridgeline",
    },
    "ridgeline::ReportBuilder": {
        "The report was cancelled; nothing was written.": "Canslwyd yr adroddiad; ni ysgrifennwyd dim.",
        "two points on the scale in the image, snapped to its graduations": "dau bwynt ar y raddfa yn y ddelwedd, "
        "wedi'u snapio i'w marciau graddfa",
        "two points on the scale in the image": "dau bwynt ar y raddfa yn y ddelwedd",
        "the resolution recorded in the image file": "y cydraniad a gofnodwyd yn ffeil y ddelwedd",
        "the resolution stated in the transmission": "y cydraniad a nodwyd yn y trosglwyddiad",
        "entered by the examiner": "wedi'i roi gan yr archwiliwr",
        "not calibrated": "heb ei raddnodi",
        "yes": "ie",
        "no": "na",
        "%n point(s)": ["%n pwynt"],
        "(switched off, not applied)": "(wedi'i ddiffodd, heb ei gymhwyso)",
        "%1 added": "%1: ychwanegwyd",
        "%1 moved %2 px": "%1: symudwyd %2 px",
        "%1 changed to %2": "%1: newidiwyd i %2",
        "%1 deleted": "%1: dilëwyd",
        "%1 edited": "%1: golygwyd",
        "feature %1": "nodwedd %1",
        "flagged: after an exemplar was seen": "wedi'i nodi: ar ôl gweld enghraifft",
        "No features were recorded at analysis.": "Ni chofnodwyd unrhyw nodweddion wrth ddadansoddi.",
        "The analysis snapshot could not be read: %1": "Nid oedd modd darllen ciplun y dadansoddiad: %1",
        "Features at analysis: %1 (%2).": "Nodweddion wrth ddadansoddi: %1 (%2).",
        "Examination": "Archwilio",
        "Verification (blind)": "Dilysu (dall)",
        "Verification": "Dilysu",
        "Resolution": "Datrys",
        "Mark %1 has no committed comparison to chart. Commit the comparison in the comparison window first.":
        "Nid oes gan ôl %1 gymhariaeth wedi'i chadarnhau i'w rhoi ar siart. Cadarnhewch y gymhariaeth yn ffenestr "
        "y gymhariaeth yn gyntaf.",
        "Comparison revision %1 of mark %2 could not be read: %3": "Nid oedd modd darllen fersiwn %1 o gymhariaeth "
        "ôl %2: %3",
        "The exhibit compared with mark %1 is no longer in its case.": "Nid yw'r arddangosyn a gymharwyd ag ôl %1 "
        "yn ei achos mwyach.",
        "%1, %2": "%1, %2",
        "The exemplar impression compared with mark %1 is not linked to its case any more.": "Nid yw'r argraff "
        "enghreifftiol a gymharwyd ag ôl %1 wedi'i chysylltu â'i achos mwyach.",
        "%1, %2 (%3), card %4": "%1, %2 (%3), cerdyn %4",
        "rolled": "wedi'i rholio",
        "plain": "gwastad",
        "The stored enhancement could not be read (%1): the original is shown.": "Nid oedd modd darllen y gwella a "
        "storiwyd (%1): dangosir y gwreiddiol.",
        "The original is shown, as asked, without this enhancement.": "Dangosir y gwreiddiol, fel y gofynnwyd, heb "
        "y gwella hwn.",
        "The enhancement changes the image's geometry, so the chart shows the original, in whose pixels the features "
        "were marked.": "Mae'r gwella'n newid geometreg y ddelwedd, felly mae'r siart yn dangos y gwreiddiol, y "
        "marciwyd y nodweddion yn ei bicseli.",
        "The enhancement could not be replayed (%1): the original is shown.": "Nid oedd modd ailchwarae'r gwella "
        "(%1): dangosir y gwreiddiol.",
        "Replaying the enhancement gave pixels with SHA-256 %1, not the recorded %2: the original is shown.":
        "Rhoddodd ailchwarae'r gwella bicseli â SHA-256 %1, nid y %2 a gofnodwyd: dangosir y gwreiddiol.",
        "Replayed on the original: output pixels SHA-256 %1, as recorded.": "Ailchwaraewyd ar y gwreiddiol: SHA-256 "
        "picseli'r allbwn %1, fel y'i cofnodwyd.",
        "Mark %1, %2": "Ôl %1, %2",
        "area %1 × %2 px from (%3, %4)": "ardal %1 × %2 px o (%3, %4)",
        "the resolution of the exemplar record": "cydraniad cofnod yr enghraifft",
        "Court chart: mark %1 and %2": "Siart llys: ôl %1 wrth ochr %2",
        "Comparison revision %1 by %2, %3; SHA-256 %4": "Fersiwn %1 o'r gymhariaeth gan %2, %3; SHA-256 %4",
        "(reached against another exemplar; this chart shows the comparison with the exemplar named above)":
        "(daethpwyd iddo yn erbyn enghraifft arall; mae'r siart hwn yn dangos y gymhariaeth â'r enghraifft a enwir "
        "uchod)",
        "No conclusion recorded yet": "Dim casgliad wedi'i gofnodi eto",
        "Examiner": "Archwiliwr",
        "Verifier": "Dilysydd",
        "Verified blind: %1": "Dilyswyd yn ddall: %1",
        "record %1": "cofnod %1",
        "Conflict resolved by": "Datryswyd y gwrthdaro gan",
        "Verification exempted by": "Eithriwyd rhag dilysu gan",
        "Supervisor (sign-off)": "Goruchwylydd (cymeradwyaeth)",
        "Signed off, case revision %1": "Cymeradwywyd, fersiwn %1 o'r achos",
        "key %1": "allwedd %1",
        "Not signed off": "Heb ei gymeradwyo",
        "captured %1": "cipiwyd %1",
        "by %1": "gan %1",
        "at %1": "yn %1",
        "device %1": "dyfais %1",
        "received %1": "derbyniwyd %1",
        "Substrate: %1": "Arwyneb: %1",
        "Development: %1": "Dull datblygu: %1",
        "Distortion: %1": "Ystumiad: %1",
        "Notes: %1": "Nodiadau: %1",
        "Markup revision %1 snapshotted.": "Tynnwyd ciplun o fersiwn %1 o'r marcio.",
        "Committed after an exemplar of the case was first seen (%1).": "Cadarnhawyd ar ôl i enghraifft o'r achos "
        "gael ei gweld gyntaf (%1).",
        "Committed before any exemplar of the case was seen.": "Cadarnhawyd cyn gweld unrhyw enghraifft o'r achos.",
        "Analysed by %1 on %2; the details are withheld from you.": "Dadansoddwyd gan %1 ar %2; caiff y manylion eu "
        "hatal rhagoch.",
        "Re-examined: %1. Outcome: %2. %3": "Ailarchwiliwyd: %1. Canlyniad: %2. %3",
        "Verification exempted: %1": "Eithriwyd rhag dilysu: %1",
        "%1 → %2": "%1 → %2",
        "(the verification differed)": "(roedd y dilysiad yn wahanol)",
        "born %1": "ganwyd %1",
        "Withheld from you: %1": "Ataliwyd rhagoch: %1",
        "%1, %n page(s), added %2, SHA-256 %3": ["%1, %n tudalen, ychwanegwyd %2, SHA-256 %3"],
        "%1, %2 (%3)": "%1, %2 (%3)",
        "Voided %1 by %2: %3": "Dirymwyd %1 gan %2: %3",
        "The case has not been signed off.": "Nid yw'r achos wedi'i gymeradwyo.",
        "Signed off: revision %1 is in force.": "Wedi'i gymeradwyo: mae fersiwn %1 mewn grym.",
        "Every sign-off of this case has been voided by later changes; it must be signed off again.": "Mae pob "
        "cymeradwyaeth i'r achos hwn wedi'i dirymu gan newidiadau diweddarach; rhaid ei gymeradwyo eto.",
        "refused": "gwrthodwyd",
        "The audit trail is not open to you: %1": "Nid yw'r llwybr archwilio ar agor i chi: %1",
        "The workspace could not be checked: %1": "Nid oedd modd gwirio'r gweithle: %1",
        "Workspace checked %1: %2 audit events in an unbroken chain, %3 checkpoints, %4 originals and %5 sign-offs "
        "verified.": "Gwiriwyd y gweithle ar %1: dilyswyd %2 digwyddiad archwilio mewn cadwyn ddi-dor, %3 pwynt "
        "gwirio, %4 ffeil wreiddiol a %5 cymeradwyaeth.",
        "The workspace check FAILED: %1": "METHODD gwiriad y gweithle: %1",
        "The workspace was not checked for this report.": "Ni wiriwyd y gweithle ar gyfer yr adroddiad hwn.",
        "Case report %1": "Adroddiad achos %1",
        "Status summary %1": "Crynodeb statws %1",
        "%1 could not be written: %2. Choose another folder.": "Nid oedd modd ysgrifennu %1: %2. Dewiswch ffolder "
        "arall.",
        "%1 could not be written: %2. Nothing was saved.": "Nid oedd modd ysgrifennu %1: %2. Ni chadwyd dim.",
    },
    "ridgeline::ReportDialog": {
        "Case report %1": "Adroddiad achos %1",
        "Status summary %1": "Crynodeb statws %1",
        "Reports — %1": "Adroddiadau — %1",
        "Case report": "Adroddiad achos",
        "Court chart of one mark": "Siart llys un ôl",
        "Status summary for the victim": "Crynodeb statws i'r dioddefwr",
        "Status summary for the prosecutor": "Crynodeb statws i'r erlynydd",
        "Which report to make": "Pa adroddiad i'w lunio",
        "The case report holds every record of the case; a court chart shows one mark beside its exemplar; a status "
        "summary gives progress without sensitive detail": "Mae'r adroddiad achos yn cynnwys pob cofnod o'r achos; "
        "mae siart llys yn dangos un ôl wrth ochr ei enghraifft; mae crynodeb statws yn rhoi'r cynnydd heb fanylion "
        "sensitif",
        "The mark to chart: marks with a committed comparison you may see": "Yr ôl i'w roi ar siart: olion â "
        "chymhariaeth wedi'i chadarnhau y cewch eu gweld",
        "The chart shows the comparison with the exemplar of the conclusion that stands": "Mae'r siart yn dangos y "
        "gymhariaeth ag enghraifft y casgliad sy'n sefyll",
        "Include &court charts": "Cynnwys &siartiau llys",
        "Append a court chart for every mark with a committed comparison": "Atodi siart llys ar gyfer pob ôl â "
        "chymhariaeth wedi'i chadarnhau",
        "Check the &workspace first": "Gwirio'r g&weithle yn gyntaf",
        "Verify the audit chain, the originals and the sign-offs, and print the outcome": "Dilysu'r gadwyn "
        "archwilio, y ffeiliau gwreiddiol a'r cymeradwyaethau, ac argraffu'r canlyniad",
        "Show the &original, not the enhancement": "Dangos y &gwreiddiol, nid y gwella",
        "Print the mark as received even when an enhancement was saved with it": "Argraffu'r ôl fel y'i derbyniwyd, "
        "hyd yn oed pan gadwyd gwella gydag ef",
        "&Report:": "&Adroddiad:",
        "&Mark:": "Ô&l:",
        "Pre&view": "&Rhagolwg",
        "Build the report and show its pages as they will be printed": "Llunio'r adroddiad a dangos ei dudalennau "
        "fel y cânt eu hargraffu",
        "&Export PDF…": "Allf&orio PDF…",
        "Save the report as a PDF (Ctrl+S); the export and its SHA-256 go in the audit trail": "Cadw'r adroddiad fel "
        "PDF (Ctrl+S); caiff yr allforio a'i SHA-256 eu cofnodi yn y llwybr archwilio",
        "&Print…": "Argraff&u…",
        "Print the report through the print dialog (Ctrl+P); recorded in the audit trail": "Argraffu'r adroddiad "
        "drwy'r ddeialog argraffu (Ctrl+P); caiff ei gofnodi yn y llwybr archwilio",
        "Cancel": "Canslo",
        "Stop making the report (Esc); nothing is saved or recorded": "Rhoi'r gorau i lunio'r adroddiad (Esc); ni "
        "chaiff dim ei gadw na'i gofnodi",
        "Close": "Cau",
        "Close this window": "Cau'r ffenestr hon",
        "The report's pages as Poppler renders them": "Tudalennau'r adroddiad fel y mae Poppler yn eu llunio",
        "Looking for marks with a comparison…": "Wrthi'n chwilio am olion â chymhariaeth…",
        "The marks could not be listed": "Nid oedd modd rhestru'r olion",
        "%1 (%2, %3)": "%1 (%2, %3)",
        "No mark of this case has a committed comparison": "Nid oes gan unrhyw ôl yn yr achos hwn gymhariaeth "
        "wedi'i chadarnhau",
        "No mark of this case has a committed comparison to chart.": "Nid oes gan unrhyw ôl yn yr achos hwn "
        "gymhariaeth wedi'i chadarnhau i'w rhoi ar siart.",
        "Choose the report, then Preview, Export PDF or Print.": "Dewiswch yr adroddiad, yna Rhagolwg, Allforio PDF "
        "neu Argraffu.",
        "Page %1 of %2": "Tudalen %1 o %2",
        "Choose a mark with a committed comparison first.": "Dewiswch ôl â chymhariaeth wedi'i chadarnhau yn "
        "gyntaf.",
        "Making the report…": "Wrthi'n llunio'r adroddiad…",
        "Cancelled: nothing was saved or recorded.": "Canslwyd: ni chadwyd ac ni chofnodwyd dim.",
        "%1: %n page(s). Export PDF saves exactly these pages.": [
            "%1: %n tudalen. Mae Allforio PDF yn cadw'r union dudalennau hyn."],
        "Export Report": "Allforio'r adroddiad",
        "PDF documents (*.pdf)": "Dogfennau PDF (*.pdf)",
        "Saving %1…": "Wrthi'n cadw %1…",
        "Saved %1 (SHA-256 %2), recorded in the audit trail.": "Cadwyd %1 (SHA-256 %2), a'i gofnodi yn y llwybr "
        "archwilio.",
        "Print Report": "Argraffu'r adroddiad",
        "Printing…": "Wrthi'n argraffu…",
        "Printing cancelled.": "Canslwyd yr argraffu.",
        "Sent %n page(s) to the printer; recorded in the audit trail.": [
            "Anfonwyd %n tudalen i'r argraffydd; cofnodwyd hyn yn y llwybr archwilio."],
    },
    "ridgeline::ReportPdf": {
        "%1 UTC": "%1 UTC",
        "The PDF could not be finished: %1. Nothing was written; please report this with the software version.":
        "Nid oedd modd gorffen y PDF: %1. Ni ysgrifennwyd dim; rhowch wybod am hyn gyda fersiwn y feddalwedd.",
        "%1 was cancelled: nothing was written.": "Canslwyd %1: ni ysgrifennwyd dim.",
        "%1 could not start: the printer or file refused to open. Check the printer or the folder and try again.":
        "Nid oedd modd dechrau %1: gwrthododd yr argraffydd neu'r ffeil agor. Gwiriwch yr argraffydd neu'r ffolder "
        "a rhowch gynnig arall arni.",
        "%1: page %2 could not be started. Check the printer or the disk and try again.": "Nid oedd modd dechrau "
        "tudalen %2 o %1. Gwiriwch yr argraffydd neu'r ddisg a rhowch gynnig arall arni.",
        "%1 could not be finished. Check the printer or the disk and try again.": "Nid oedd modd gorffen %1. "
        "Gwiriwch yr argraffydd neu'r ddisg a rhowch gynnig arall arni.",
        "Page %1 of %2": "Tudalen %1 o %2",
        "%1 · Workspace %2": "%1 · Gweithle %2",
        "Generated by %1 on %2": "Cynhyrchwyd gan %1 ar %2",
    },
    "ridgeline::StatusSummaryPdf": {
        "No marks have been received for examination yet.": "Nid oes unrhyw olion wedi'u derbyn i'w harchwilio eto.",
        "The examination is complete. Its results were checked and signed off by a supervisor on %1.": "Mae'r "
        "archwiliad wedi'i gwblhau. Cafodd y canlyniadau eu gwirio a'u cymeradwyo gan oruchwylydd ar %1.",
        "The examination is complete. Its results were checked and signed off by a supervisor.": "Mae'r archwiliad "
        "wedi'i gwblhau. Cafodd y canlyniadau eu gwirio a'u cymeradwyo gan oruchwylydd.",
        "Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.": "Mae "
        "pob ôl wedi'i archwilio. Mae'r canlyniadau'n aros i oruchwylydd eu gwirio a'u cymeradwyo.",
        "The examination is still in progress.": "Mae'r archwiliad yn dal i fynd rhagddo.",
        "Fingerprint examination: status summary": "Archwilio olion bysedd: crynodeb o'r sefyllfa",
        "For the prosecutor": "I'r erlynydd",
        "For the person affected by the offence": "I'r sawl yr effeithiodd y drosedd arnynt",
        "Case reference": "Cyfeirnod yr achos",
        "Offence": "Trosedd",
        "Date of this summary": "Dyddiad y crynodeb hwn",
        "Progress": "Cynnydd",
        "Marks received for examination": "Olion a dderbyniwyd i'w harchwilio",
        "Marks examined so far": "Olion a archwiliwyd hyd yma",
        "Marks with results checked and signed off": "Olion y mae eu canlyniadau wedi'u gwirio a'u cymeradwyo",
        "Contact": "Cyswllt",
        "For more information, please contact the officer in the case: %1.": "Os hoffech ragor o wybodaeth, "
        "cysylltwch â swyddog yr achos: %1.",
        "For more information, please contact the officer in the case.": "Os hoffech ragor o wybodaeth, cysylltwch "
        "â swyddog yr achos.",
        "This summary gives counts only. It does not name anybody, describe any mark or state any result of a "
        "comparison.": "Niferoedd yn unig sydd yn y crynodeb hwn. Nid yw'n enwi neb, yn disgrifio unrhyw ôl nac yn "
        "nodi unrhyw ganlyniad cymhariaeth.",
        "The status summary of case %1": "crynodeb statws achos %1",
        "Status summary: %1": "Crynodeb statws: %1",
    },
}

# English plural forms (singular, plural).
EN = {
    "%n point(s)": ["%n point", "%n points"],
    "%1, %n page(s), added %2, SHA-256 %3": ["%1, %n page, added %2, SHA-256 %3",
                                             "%1, %n pages, added %2, SHA-256 %3"],
    "%1: %n page(s). Export PDF saves exactly these pages.": [
        "%1: %n page. Export PDF saves exactly this page.", "%1: %n pages. Export PDF saves exactly these pages."],
    "Sent %n page(s) to the printer; recorded in the audit trail.": [
        "Sent %n page to the printer; recorded in the audit trail.",
        "Sent %n pages to the printer; recorded in the audit trail."],
}

# The dashboard's figures (dashboardfigures.cpp) are translated in "ridgeline::Dashboard" with the
# rest of the dashboard; the first block above is theirs.
CY.setdefault("ridgeline::Dashboard", {}).update(CY.pop("ridgeline", {}))
