#!/usr/bin/env python3
"""Fills ridgeline_cy.ts (Welsh) and the plural forms of ridgeline_en.ts from the tables below.

Run after `ninja update_translations` has added new source texts:
    python3 translations/welsh.py
Messages already translated by hand (in Qt Linguist) are kept; only empty ones are filled.
"""
import os
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))

# Welsh keeps the noun singular after a numeral ("4 achos"), so every plural form is the same.
CY = {
    "ridgeline::Domain": {
        "Open": "Agored", "Under examination": "Dan archwiliad", "Awaiting review": "Yn aros am adolygiad",
        "Signed off": "Wedi'i gymeradwyo", "Closed": "Ar gau",
        "Latent finger mark": "Ôl bys cudd", "Latent palm mark": "Ôl cledr llaw cudd",
        "Footwear mark": "Ôl esgid", "Scene photograph": "Ffotograff o'r lleoliad",
        "Received": "Derbyniwyd", "Analysis": "Dadansoddi", "Analysis committed": "Dadansoddiad wedi'i gadarnhau",
        "Comparison": "Cymharu", "Evaluation": "Gwerthuso", "Verification": "Dilysu", "Conflict": "Gwrthdaro",
        "Resolution": "Datrys", "Technical review": "Adolygiad technegol",
        "Suspect": "Un a ddrwgdybir", "Victim": "Dioddefwr", "Witness": "Tyst", "Elimination": "Diystyru",
        "Statement": "Datganiad", "Form": "Ffurflen", "Laboratory report": "Adroddiad labordy",
        "Other document": "Dogfen arall",
        "Verified": "Wedi'i ddilysu", "Imported": "Wedi'i fewnforio", "Quarantined": "Mewn cwarantîn",
        "Unknown finger": "Bys anhysbys",
        "Right thumb": "Bawd de", "Right index": "Mynegfys de", "Right middle": "Bys canol de",
        "Right ring": "Bys modrwy de", "Right little": "Bys bach de",
        "Left thumb": "Bawd chwith", "Left index": "Mynegfys chwith", "Left middle": "Bys canol chwith",
        "Left ring": "Bys modrwy chwith", "Left little": "Bys bach chwith",
        "Plain right thumb": "Bawd de (argraff wastad)", "Plain left thumb": "Bawd chwith (argraff wastad)",
        "Plain right four fingers": "Pedwar bys de (argraff wastad)",
        "Plain left four fingers": "Pedwar bys chwith (argraff wastad)",
    },
    "ridgeline::Role": {
        "Fingerprint examiner": "Archwiliwr olion bysedd", "Case officer": "Swyddog achos",
        "Supervisor": "Goruchwylydd", "Administrator": "Gweinyddwr",
    },
    "ridgeline::AboutDialog": {
        "About Ridgeline": "Ynghylch Ridgeline",
        "<h2>Ridgeline %1</h2>": "<h2>Ridgeline %1</h2>",
        "A workstation for forensic mark examination and case work: receive scene marks, analyse, compare and "
        "verify them under ACE-V, and keep every record in an encrypted workspace with a tamper-evident audit trail.":
        "Gweithfan ar gyfer archwilio olion fforensig a gwaith achos: derbyn olion o'r lleoliad, eu dadansoddi, eu "
        "cymharu a'u dilysu dan ACE-V, a chadw pob cofnod mewn gweithle wedi'i amgryptio gyda llwybr archwilio sy'n "
        "dangos unrhyw ymyrraeth.",
        "Library": "Llyfrgell", "Used for": "Defnyddir ar gyfer", "Licence": "Trwydded",
        "Window, translations, threads": "Ffenestr, cyfieithiadau, edafedd",
        "Image decoding and enhancement": "Datgodio a gwella delweddau",
        "Encrypted workspace database": "Cronfa ddata'r gweithle wedi'i hamgryptio",
        "Key derivation, key wrapping, signatures": "Deillio allweddi, lapio allweddi, llofnodion",
        "PDF documents": "Dogfennau PDF", "Built on these libraries:": "Wedi'i adeiladu ar y llyfrgelloedd hyn:",
    },
    "ridgeline::CaseBrowser": {
        "Search reference, force, offence, officer…": "Chwilio cyfeirnod, heddlu, trosedd, swyddog…",
        "Show only cases whose reference, force, offence, officer or status contain every word typed here":
        "Dangos dim ond yr achosion y mae eu cyfeirnod, heddlu, trosedd, swyddog neu statws yn cynnwys pob gair a "
        "deipir yma",
        "Show only cases with this status": "Dangos dim ond achosion gyda'r statws hwn",
        "All statuses": "Pob statws", "Cases": "Achosion",
        "%n case(s)": ["%n achos"], "%1 of %n case(s) shown": ["%1 o %n achos yn y golwg"],
    },
    "ridgeline::CaseDetailsPanel": {
        "Exemplars": "Enghreifftiau", "Double-click or press Enter to read the document": "Cliciwch ddwywaith neu "
        "bwyso Enter i ddarllen y ddogfen",
        "%n impression(s)": ["%n argraff"], "None": "Dim",
        "Person in this case": "Person yn yr achos hwn", "May be the same as": "Efallai'r un ag",
        "Match": "Cyfatebiaeth", "Why": "Pam",
        "Records of other forces that may be the same person; they are never merged silently": "Cofnodion "
        "heddluoedd eraill a allai fod yr un person; nid ydynt byth yn cael eu huno'n dawel",
        "&Confirm link": "&Cadarnhau'r cysylltiad",
        "Record that both records are the same person": "Cofnodi mai'r un person yw'r ddau gofnod",
        "&Reject link": "&Gwrthod y cysylltiad",
        "Record that the records are different people": "Cofnodi mai pobl wahanol yw'r cofnodion",
        "Person links proposed for review": "Cysylltiadau personau a gynigiwyd i'w hadolygu",
        "A record in another case": "Cofnod mewn achos arall",
        "Select a case in the list to see its details.": "Dewiswch achos yn y rhestr i weld ei fanylion.",
        "Loading the case…": "Wrthi'n llwytho'r achos…",
        "Force": "Heddlu", "Officer in case": "Swyddog yr achos", "Revision": "Fersiwn", "Created": "Crëwyd",
        "Last updated": "Diweddarwyd ddiwethaf", "Summary": "Crynodeb", "Exhibit": "Arddangosyn",
        "Kind": "Math", "ACE-V stage": "Cam ACE-V", "Resolution": "Cydraniad", "Received": "Derbyniwyd",
        "Name": "Enw", "Role in case": "Rôl yn yr achos", "Date of birth": "Dyddiad geni",
        "Identifiers": "Dynodwyr", "Title": "Teitl", "Pages": "Tudalennau", "Added": "Ychwanegwyd",
        "The case could not be loaded: %1": "Nid oedd modd llwytho'r achos: %1",
        "No summary recorded.": "Dim crynodeb wedi'i gofnodi.", "%L1 ppi": "%L1 ppi",
        "Not calibrated": "Heb ei raddnodi",
        "Place": "Lleoliad", "Recovered by %1; received %2": "Codwyd gan %1; derbyniwyd %2",
        "an unrecorded examiner": "archwiliwr heb ei gofnodi",
        "&Marks (%1)": "&Olion (%1)", "&Persons (%1)": "&Pobl (%1)", "&Documents (%1)": "&Dogfennau (%1)",
    },
    "ridgeline::CaseBrowserController": {
        "Your role (%1) may see the case list but not open cases.": "Gall eich rôl (%1) weld rhestr yr achosion "
        "ond nid agor achosion.",
        "The case could not be loaded: %1": "Nid oedd modd llwytho'r achos: %1",
    },
    "ridgeline::CaseListModel": {
        "Reference": "Cyfeirnod", "Case reference: force code, year and number": "Cyfeirnod yr achos: cod yr heddlu, "
        "blwyddyn a rhif",
        "Force": "Heddlu", "The force that owns the case": "Yr heddlu sy'n berchen ar yr achos",
        "Offence": "Trosedd", "Officer in case": "Swyddog yr achos",
        "The officer in charge of the case": "Y swyddog sy'n gyfrifol am yr achos", "Status": "Statws",
        "Updated": "Diweddarwyd", "When the case last changed (local time)": "Pryd y newidiodd yr achos ddiwethaf "
        "(amser lleol)",
    },
    "ridgeline::CommandLine": {
        "Ridgeline forensic mark examination workstation": "Gweithfan archwilio olion fforensig Ridgeline",
        "Workspace database to open.": "Cronfa ddata'r gweithle i'w hagor.",
        "User name to fill in.": "Enw defnyddiwr i'w lenwi.",
        "Sign in as this user without the dialog; the passphrase is read from the environment variable "
        "RIDGELINE_PASSPHRASE.": "Mewngofnodi fel y defnyddiwr hwn heb y ddeialog; darllenir y cyfrinymadrodd o'r "
        "newidyn amgylchedd RIDGELINE_PASSPHRASE.",
        "Save a PNG of the window to this file, then quit.": "Cadw PNG o'r ffenestr yn y ffeil hon, yna gadael.",
        "Milliseconds to wait before the screenshot.": "Milieiliadau i aros cyn y sgrinlun.",
        "Unexpected argument: %1": "Ymresymiad annisgwyl: %1",
        "--screenshot-delay needs a number of milliseconds, not \"%1\"": "Mae --screenshot-delay angen nifer o "
        "filieiliadau, nid \"%1\"",
    },
    "ridgeline::IntakeController": {
        "The inbox is not watched: %1": "Nid yw'r blwch derbyn yn cael ei wylio: %1",
        "%1 was imported but could not be moved out of the inbox: %2": "Mewnforiwyd %1 ond nid oedd modd ei "
        "symud o'r blwch derbyn: %2",
        "%1 was already imported into %2; nothing was duplicated": "Roedd %1 eisoes wedi'i fewnforio i %2; ni "
        "ddyblygwyd dim",
        "Imported %1: %2, %3": "Mewnforiwyd %1: %2, %3",
        "%n mark(s)": ["%n ôl"], "%n document(s)": ["%n ddogfen"], "no result": "dim canlyniad",
        "%1 was not imported and stays where it is: %2": "Ni fewnforiwyd %1 ac mae'n aros lle mae: %2",
        "%1 was refused but could not be moved into quarantine: %2": "Gwrthodwyd %1 ond nid oedd modd ei symud i "
        "gwarantîn: %2",
        "Quarantined %1: %2": "Cwarantîn %1: %2", "Refused %1: %2": "Gwrthodwyd %1: %2",
        "The transmission list could not be read: %1": "Nid oedd modd darllen rhestr y trosglwyddiadau: %1",
    },
    "ridgeline::SearchHitModel": {"Case": "Achos", "Person": "Person", "Document": "Dogfen"},
    "ridgeline::WorkspaceSearchController": {"The search did not run: %1": "Ni redodd y chwiliad: %1"},
    "ridgeline::SearchResultsView": {
        "Find in workspace: references, names, places, document text": "Chwilio yn y gweithle: cyfeirnodau, "
        "enwau, lleoedd, testun dogfennau",
        "Press Enter to search the whole workspace": "Pwyswch Enter i chwilio'r gweithle cyfan",
        "Type words to look for and press Enter.": "Teipiwch eiriau i chwilio amdanynt a phwyso Enter.",
        "Double-click or press Enter on a hit to open its case": "Cliciwch ddwywaith neu bwyso Enter ar ganlyniad "
        "i agor ei achos",
        "Searching for “%1”…": "Wrthi'n chwilio am “%1”…", "Nothing found for “%1”.": "Dim byd i “%1”.",
        "%n hit(s) for “%1”": ["%n canlyniad i “%1”"],
    },
    "ridgeline::CaseMediaController": {
        "A mark's image could not be read: %1": "Nid oedd modd darllen delwedd ôl: %1",
        "The document “%1” has no stored original.": "Nid oes gwreiddiol wedi'i storio i'r ddogfen “%1”.",
        "The document “%1” could not be read: %2": "Nid oedd modd darllen y ddogfen “%1”: %2",
        "The proposed person links could not be read: %1": "Nid oedd modd darllen y cysylltiadau personau a "
        "gynigiwyd: %1",
        "The decision on the person link was not recorded: %1": "Ni chofnodwyd y penderfyniad ar y cysylltiad "
        "person: %1",
        "Person link confirmed": "Cadarnhawyd y cysylltiad person", "Person link rejected": "Gwrthodwyd y "
        "cysylltiad person",
    },
    "ridgeline::DocumentDialog": {
        "Close the document (Esc)": "Cau'r ddogfen (Esc)", "%1 — Ridgeline": "%1 — Ridgeline",
    },
    "ridgeline::LockController": {
        "The workstation is still locking. Enter the passphrase again in a moment.": "Mae'r weithfan yn dal i gloi. "
        "Rhowch y cyfrinymadrodd eto mewn munud.",
        "Enter your passphrase to unlock.": "Rhowch eich cyfrinymadrodd i ddatgloi.",
        "That passphrase is not right. The workstation stays locked.": "Nid yw'r cyfrinymadrodd yna'n gywir. Mae'r "
        "weithfan yn aros ar glo.",
    },
    "ridgeline::LockScreen": {
        "&Unlock": "&Datgloi", "Log &out": "A&llgofnodi", "Workstation locked": "Mae'r weithfan ar glo",
        "Passphrase": "Cyfrinymadrodd",
        "Close the workspace without unlocking; another user can then sign in": "Cau'r gweithle heb ddatgloi; gall "
        "defnyddiwr arall fewngofnodi wedyn",
        "&Passphrase:": "&Cyfrinymadrodd:",
        "The workspace is locked for %1 (%2). Enter your passphrase to continue.": "Mae'r gweithle ar glo i %1 (%2). "
        "Rhowch eich cyfrinymadrodd i barhau.",
    },
    "ridgeline::LoginController": {
        "Choose the workspace file to open.": "Dewiswch ffeil y gweithle i'w hagor.",
        "There is no workspace at %1. Check the path, or choose the file with Browse.": "Nid oes gweithle yn %1. "
        "Gwiriwch y llwybr, neu dewiswch y ffeil gyda Pori.",
        "Enter your user name.": "Rhowch eich enw defnyddiwr.",
        "Enter your passphrase.": "Rhowch eich cyfrinymadrodd.",
        "The user name or passphrase is not right for this workspace. Check both and try again; repeated failures "
        "lock the account.": "Nid yw'r enw defnyddiwr na'r cyfrinymadrodd yn gywir ar gyfer y gweithle hwn. "
        "Gwiriwch y ddau a rhowch gynnig arall arni; mae methu dro ar ôl tro yn cloi'r cyfrif.",
        "This account is locked after too many failed sign-ins. Try again later or ask an administrator.":
        "Mae'r cyfrif hwn ar glo ar ôl gormod o ymdrechion aflwyddiannus i fewngofnodi. Rhowch gynnig arall arni "
        "yn nes ymlaen neu gofynnwch i weinyddwr.",
        "The key header beside %1 is missing, so the workspace cannot be unlocked. Restore the header file from "
        "your backup.": "Mae pennyn yr allweddi wrth ymyl %1 ar goll, felly nid oes modd datgloi'r gweithle. "
        "Adferwch ffeil y pennyn o'ch copi wrth gefn.",
        "The workspace %1 is damaged or does not belong with its key header, so it was not opened and nothing was "
        "changed. Restore it from a backup or ask your administrator. Detail: %2": "Mae'r gweithle %1 wedi'i "
        "ddifrodi neu nid yw'n perthyn i bennyn ei allweddi, felly ni chafodd ei agor ac ni newidiwyd dim. "
        "Adferwch ef o gopi wrth gefn neu gofynnwch i'ch gweinyddwr. Manylion: %2",
        "Signing in to %1 did not work: %2": "Methodd mewngofnodi i %1: %2",
    },
    "ridgeline::LoginDialog": {
        "Sign in to Ridgeline": "Mewngofnodi i Ridgeline", "Ridgeline": "Ridgeline",
        "Forensic mark examination workstation. Sign in with your workspace user name and passphrase.":
        "Gweithfan archwilio olion fforensig. Mewngofnodwch gyda'ch enw defnyddiwr a'ch cyfrinymadrodd ar gyfer y "
        "gweithle.",
        "The workspace database file (its key header lies beside it)": "Ffeil cronfa ddata'r gweithle (mae pennyn "
        "ei allweddi wrth ei hymyl)",
        "&Browse…": "&Pori…", "Choose the workspace file": "Dewis ffeil y gweithle", "&Workspace:": "&Gweithle:",
        "&User name:": "&Enw defnyddiwr:", "&Passphrase:": "&Cyfrinymadrodd:", "&Sign in": "&Mewngofnodi",
        "Open workspace": "Agor gweithle",
        "Ridgeline workspaces (*.ridgeline);;All files (*)": "Gweithleoedd Ridgeline (*.ridgeline);;Pob ffeil (*)",
        "Unlocking…": "Wrthi'n datgloi…",
    },
    "ridgeline::MainActions": {
        "&Lock Workstation": "&Cloi'r weithfan",
        "Hide the workspace until your passphrase is entered again": "Cuddio'r gweithle nes i'ch cyfrinymadrodd "
        "gael ei roi eto",
        "Log &Out": "&Allgofnodi",
        "Close the workspace and return to the sign-in dialog": "Cau'r gweithle a dychwelyd i'r ddeialog "
        "fewngofnodi",
        "&Quit": "&Gadael", "Close the workspace and quit Ridgeline": "Cau'r gweithle a gadael Ridgeline",
        "&Refresh Cases": "&Adnewyddu'r achosion",
        "Read the case list from the workspace again": "Darllen rhestr yr achosion o'r gweithle eto",
        "&Find Case…": "&Canfod achos…",
        "Move to the search field above the case list": "Symud i'r maes chwilio uwchben rhestr yr achosion",
        "F&ull Screen": "&Sgrin lawn", "Use the whole screen for the window": "Defnyddio'r sgrin gyfan i'r ffenestr",
        "&Preferences…": "&Dewisiadau…",
        "Choose the language and when the workstation locks itself": "Dewis yr iaith a phryd mae'r weithfan yn "
        "cloi ei hun",
        "&About Ridgeline": "&Ynghylch Ridgeline",
        "Show the version of Ridgeline and the licences of its libraries": "Dangos fersiwn Ridgeline a thrwyddedau "
        "ei llyfrgelloedd",
        "About &Qt": "Ynghylch &Qt", "Show the version and licence of Qt": "Dangos fersiwn a thrwydded Qt",
        "&File": "&Ffeil", "Main Toolbar": "Prif far offer", "&View": "&Gweld", "Show &Toolbar": "Dangos y &bar offer",
        "Show or hide the toolbar": "Dangos neu guddio'r bar offer", "&Tools": "&Offer", "&Help": "&Cymorth",
        "Find in &Workspace…": "Chwilio yn y &gweithle…",
        "Search case references, names, places and document text in the whole workspace": "Chwilio "
        "cyfeirnodau achosion, enwau, lleoedd a thestun dogfennau yn y gweithle cyfan",
        "&Cases": "&Achosion", "Show the case list and the selected case": "Dangos rhestr yr achosion a'r achos "
        "a ddewiswyd",
        "&Inbox": "&Blwch derbyn",
        "Show the transmissions received, imported and quarantined": "Dangos y trosglwyddiadau a dderbyniwyd, a "
        "fewnforiwyd ac sydd mewn cwarantîn",
        "&Import Package…": "&Mewnforio pecyn…",
        "Import a transmission package (a .zip, or a folder chosen by its manifest.json)": "Mewnforio pecyn "
        "trosglwyddo (.zip, neu ffolder a ddewisir drwy ei manifest.json)",
    },
    "ridgeline::MainWindow": {
        "%1 — Ridgeline": "%1 — Ridgeline", "Cases": "Achosion", "Case details": "Manylion yr achos",
        "Signed in: %1 (%2)": "Wedi mewngofnodi: %1 (%2)", "User name: %1": "Enw defnyddiwr: %1",
        "Workspace: %1": "Gweithle: %1", "Loading cases…": "Wrthi'n llwytho achosion…",
        "%n case(s)": ["%n achos"], "Cases not loaded": "Ni lwythwyd yr achosion",
        "The case list could not be read: %1": "Nid oedd modd darllen rhestr yr achosion: %1",
        "The lock could not be recorded in the workspace: %1": "Nid oedd modd cofnodi'r cloi yn y gweithle: %1",
        "Workstation locked": "Mae'r weithfan ar glo", "Preferences saved": "Cadwyd y dewisiadau",
        "Inbox": "Blwch derbyn", "Search": "Chwilio", "Package not imported": "Ni fewnforiwyd y pecyn",
        "%1 was not imported.": "Ni fewnforiwyd %1.",
        "The quarantine folder could not be opened; it is %1": "Nid oedd modd agor y ffolder cwarantîn; mae yn %1",
        "Import Transmission Package": "Mewnforio pecyn trosglwyddo",
        "Transmission packages (*.zip manifest.json);;All files (*)": "Pecynnau trosglwyddo (*.zip "
        "manifest.json);;Pob ffeil (*)",
        "The case %1 is not in the case list; refresh the list (F5)": "Nid yw'r achos %1 yn rhestr yr achosion; "
        "adnewyddwch y rhestr (F5)",
        "That case is not shown in the case list; check the status filter": "Nid yw'r achos hwnnw i'w weld yn "
        "rhestr yr achosion; gwiriwch yr hidlydd statws",
        "Opening “%1”…": "Wrthi'n agor “%1”…",
    },
    "ridgeline::PreferencesDialog": {
        "Preferences": "Dewisiadau", "System language": "Iaith y system",
        "A new language is used from the next start of Ridgeline.": "Defnyddir iaith newydd o'r tro nesaf y bydd "
        "Ridgeline yn cychwyn.",
        " min": " mun", "As the workspace policy (%n min)": ["Fel polisi'r gweithle (%n mun)"],
        "Lock the workstation after this many minutes without input. The workspace policy sets the longest time "
        "allowed; a shorter time here wins.": "Cloi'r weithfan ar ôl hyn o funudau heb fewnbwn. Polisi'r gweithle "
        "sy'n pennu'r amser hiraf a ganiateir; mae amser byrrach yma'n cael blaenoriaeth.",
        "General": "Cyffredinol", "&Language:": "&Iaith:", "Security": "Diogelwch",
        "&Lock when idle for:": "&Cloi pan yn segur am:",
        " MB": " MB", "Mark viewer": "Gwyliwr olion", "&Memory for each viewer:": "C&of ar gyfer pob gwyliwr:",
        "How much memory each open mark viewer may use to keep the parts of the image it has already shown, so that "
        "going back to them is instant.": "Faint o gof y caiff pob gwyliwr olion agored ei ddefnyddio i gadw'r "
        "rhannau o'r ddelwedd y mae eisoes wedi'u dangos, fel bod mynd yn ôl atynt ar unwaith.",
        "Memory each mark viewer keeps for parts of the image already shown": "Y cof y mae pob gwyliwr olion yn ei "
        "gadw ar gyfer rhannau o'r ddelwedd a ddangoswyd eisoes",
        "<p>Each open mark viewer keeps the parts of the image it has already drawn, at every zoom, up to this amount "
        "of memory. Panning back or zooming to them is then instant; the parts seen longest ago make room first and "
        "are drawn again from the original when needed.</p><p>More memory helps when you work through very large "
        "images such as scene photographs; less leaves more for other programs. The mark itself is never changed. A "
        "new amount applies at once to the viewers already open.</p>":
        "<p>Mae pob gwyliwr olion agored yn cadw'r rhannau o'r ddelwedd y mae eisoes wedi'u llunio, ar bob "
        "chwyddiad, hyd at y swm hwn o gof. Mae symud yn ôl neu chwyddo iddynt wedyn ar unwaith; y rhannau a welwyd "
        "hiraf yn ôl sy'n gwneud lle gyntaf, ac fe'u llunnir eto o'r gwreiddiol pan fo angen.</p><p>Mae mwy o gof yn "
        "helpu wrth weithio drwy ddelweddau mawr iawn fel ffotograffau o'r lleoliad; mae llai yn gadael mwy i "
        "raglenni eraill. Ni chaiff yr ôl ei hun byth ei newid. Daw swm newydd i rym ar unwaith yn y gwylwyr sydd "
        "eisoes ar agor.</p>",
    },
}

# English plural forms (singular, plural).
EN = {
    "%n mark(s)": ["%n mark", "%n marks"],
    "%n document(s)": ["%n document", "%n documents"],
    "%n impression(s)": ["%n impression", "%n impressions"],
    "%n hit(s) for “%1”": ["%n hit for “%1”", "%n hits for “%1”"],
    "%n case(s)": ["%n case", "%n cases"],
    "%1 of %n case(s) shown": ["%1 of %n case shown", "%1 of %n cases shown"],
    "As the workspace policy (%n min)": ["As the workspace policy (%n min)", "As the workspace policy (%n min)"],
}


def fill(path, table, plural_only):
    tree = ET.parse(path)
    filled = missing = 0
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if plural_only and not numerus:
                continue
            value = table(name).get(source) if callable(table) else table.get(source)
            forms = translation.findall("numerusform")
            done = all(f.text for f in forms) if numerus else bool(translation.text)
            if done and translation.get("type") != "unfinished":
                continue
            if value is None:
                if name in CY or plural_only:
                    missing += 1
                    print(f"{os.path.basename(path)}: no translation for [{name}] {source!r}")
                continue
            if numerus:
                values = value if isinstance(value, list) else [value]
                for i, f in enumerate(forms):
                    f.text = values[min(i, len(values) - 1)]
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    if not filled:
        print(f"{os.path.basename(path)}: nothing to fill, {missing} missing")
        return missing
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{os.path.basename(path)}: {filled} filled, {missing} missing")
    return missing


if __name__ == "__main__":
    m = fill(os.path.join(HERE, "ridgeline_cy.ts"), lambda ctx: CY.get(ctx, {}), False)
    m += fill(os.path.join(HERE, "ridgeline_en.ts"), EN, True)
    raise SystemExit(1 if m else 0)
