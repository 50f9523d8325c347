<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ridgeline</name>
    <message>
        <source>same identifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family and given names entered the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name spelled differently (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates of birth differ as a typing slip would (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;rolled&quot; or &quot;plain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].exhibit&quot; repeats exhibit reference &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].path&quot; repeats file &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;persons[%1].ref&quot; repeats person &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links[%1].item&quot; names exhibit &quot;%2&quot;, which is not in &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1, item %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document must be a PDF or an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed sign-ins until %2. Wait until then or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ridgeline::AuditedCaseRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for &quot;%1&quot; is too short: use at least %2 characters (a few unrelated words work well).</source>
        <translation type="unfinished"></translation>
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
    <name>ridgeline::CaseReference</name>
    <message>
        <source>&quot;%1&quot; is not a case reference; expected FORCE/YEAR/NUMBER, for example WYP/2026/000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; has year %2 out of range</source>
        <translation type="unfinished"></translation>
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
    <name>ridgeline::DemoPackages</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be shown.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find, case ignored. Enter: next match; Shift+Enter: previous; Escape: close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchModel</name>
    <message>
        <source>p. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentViewer</name>
    <message>
        <source>Page thumbnails: click one to go to that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that a whole page is visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Tudalennau</translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the middle of the view, and how many pages the document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: choose a level or type a percentage from 50 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: %1%. Choose a level or type a percentage from 50 to 400</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>ridgeline::Fields</name>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a zone, e.g. 2026-11-24T08:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ImportPreparer</name>
    <message>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 is %1 but the manifest says %2; the file was altered or damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxDetailPane</name>
    <message>
        <source>Select a transmission to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Achos</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmission&apos;s identifier, as recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the package as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding the sender&apos;s files and the reason file, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxModel</name>
    <message>
        <source>in the future</source>
        <comment>capture time later than now: a device clock is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Achos</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, verified, imported, or quarantined with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending force and scene device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner who captured the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference given in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the marks were captured at the scene (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the package arrived at this workstation (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since capture at the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a package was quarantined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxView</name>
    <message>
        <source>Show only transmissions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">Pob statws</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding the quarantined package and its reason file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 transmissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxWatcher</name>
    <message>
        <source>Cannot create the inbox folder %1; check the disk and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2; the package stays in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1
Quarantined: %2
Reason: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined %1 but could not write its reason file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into quarantine</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>ridgeline::LocalWorkspaceSession</name>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; is locked; unlock it with your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3%4. Ask a user whose role allows it; the refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy needs at least one allowed failed sign-in and durations of zero or more seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account (%1); ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase of &quot;%1&quot; is wrong; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed attempts until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for &quot;%1&quot;; the session stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not start; no workspace can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another path for the new workspace (nothing was overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not start; the workspace stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist. Check the path (--db) or create it with &apos;ridgeline-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 belongs to another workspace database, not %2. Put the .keys file that was made with this database beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header beside %1 names another database id; the two files do not belong together. Restore the matching pair from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled in this workspace. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database page check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pages of %1 are damaged or were modified outside Ridgeline (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in table(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database page check of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header beside %1 belongs to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 was truncated: it ends at event %2 but a checkpoint was signed at event %3, so events %4 to %3 were removed. Restore the workspace from a backup; nothing was written.</source>
        <translation type="unfinished"></translation>
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
        <source>Transmission packages (*.zip manifest.json);;All files (*)</source>
        <translation>Pecynnau trosglwyddo (*.zip manifest.json);;Pob ffeil (*)</translation>
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
</context>
<context>
    <name>ridgeline::PackageBuilder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PageThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PdfDocument</name>
    <message>
        <source>%1 is not a PDF file (no %PDF- header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted PDF; ask the sender for an unprotected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: it has no readable pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: its first page cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to render at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty first page</source>
        <translation type="unfinished"></translation>
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
    <name>ridgeline::TransmissionManifest</name>
    <message>
        <source>manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;ridgeline-transmission&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is not supported (this version of Ridgeline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: a transmission carries at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than 10,000 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionPackage</name>
    <message>
        <source>Package %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package itself is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no manifest.json at its top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.sig is not a base64 Ed25519 signature of 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; of item %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not listed in manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; grew beyond the size limit while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged: its data does not match its size or checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionPackage::Impl</name>
    <message>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an unsafe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is larger than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than %1 MB in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable zip file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; expands %2 times; refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
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
    <name>ridgeline::imaging</name>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an image in a format Ridgeline accepts (PNG, JPEG, TIFF, BMP, JPEG 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1 image; accepted are PNG, JPEG, TIFF, BMP and JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no readable image header; the file is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a JPEG 2000 file with a damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the JPEG data ends before its end-of-image marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 pages, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be reached; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is %2 x %3 pixels, over the budget of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be decoded (%2); the file is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the JPEG 2000 codestream ends before its end marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded; the JPEG 2000 data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decodes to %1 x %2 pixels but its header says %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 x %2 pixels, over the budget of %3 megapixels; it was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage</name>
    <message>
        <source>%1 %2 failed: %3. Check free space and folder permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than any valid file of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 is signed by a key that is not this workspace&apos;s workstation key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 has an invalid signature (the checkpoint was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is missing (the next stored event is %2): events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not follow event %2 (previous-hash mismatch): events were deleted, reordered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was modified (its hash does not match its contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not match the checkpoint signed there: the chain up to it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at event %1 but a checkpoint was signed at event %2: events %3 to %2 were removed (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in record %1 is locked by another Ridgeline process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Ridgeline (schema version %2; this program knows up to %3). Open it with the newer version; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else first (stored revision %2, yours %3). Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 is not signed, and this workspace accepts only packages signed by a registered device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 is signed by device %2, which is not registered (or was withdrawn) in this workspace; an administrator must register it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1: the signature of manifest.json does not verify with the key registered for device %2; the manifest was altered or signed by another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An original changed between checking and storing; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::EvidenceStore</name>
    <message>
        <source>Original %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original %1 no longer matches its SHA-256 (%2 of %3 bytes read): the evidence is damaged. Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::KeySlotHeader</name>
    <message>
        <source>The key header %1 is missing, so no user can unlock the workspace beside it. Restore the .keys file from the backup taken with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 is damaged (%2). Restore it from a backup; the database has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Ridgeline key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity fields are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 was modified outside Ridgeline (its MAC does not match). Restore it from a backup and report it to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot has impossible Argon2id limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the passphrase key ran out of memory (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed for &quot;%1&quot;: unknown user or wrong passphrase. Check the user name and passphrase (Caps Lock?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqlCipherAuditLog</name>
    <message>
        <source>Writing audit event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqlCipherCaseRepository</name>
    <message>
        <source>Case %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist in this workspace; check the reference with &apos;cases list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a valid reference (FORCE/YEAR/NUMBER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference %1 is already used by another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqlCipherIntakeRepository</name>
    <message>
        <source>The key for device %1 is not a 32-byte Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposed person link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person link %1 was already decided (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqlCipherUserRepository</name>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqliteDatabase</name>
    <message>
        <source>Opening the workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the workspace database %2 is damaged or was not made with this key (%3). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be opened (%3). Check the path and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3. Check free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 is busy in another program (%3). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqliteStatement</name>
    <message>
        <source>Preparing a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::SqliteTransaction</name>
    <message>
        <source>transaction committed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step inside this change failed, so none of it was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::WorkspaceDatabase</name>
    <message>
        <source>%1 already exists; choose a new path for the workspace (nothing was overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 does not exist. Check --db or create one with init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no database id; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated or padded (%2 bytes, %3 pages expected). Restore it from a backup; nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated (%2 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
