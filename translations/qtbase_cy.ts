<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the texts Qt itself shows in Ridgeline (standard buttons, file and print dialogs, edit
     menus), which Debian ships no Welsh for. Written by hand, source texts and contexts as Qt 6.4 passes
     them to QCoreApplication::translate; lupdate never touches this file. Key names (Ctrl, Shift, Del)
     stay as printed on the keyboard. -->
<TS version="2.1" language="cy_GB">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Cyfeiriadur:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Cyfeiriaduron</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r cyfeiriadur rhiant</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i&apos;r golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manwl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i&apos;r golwg manwl</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am roi&apos;r un newydd yn ei le?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ni chafwyd hyd i&apos;r ffeil.
Gwiriwch fod enw cywir y ffeil wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Ydych chi&apos;n siŵr eich bod am ddileu &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Mae &apos;%1&apos; wedi&apos;i diogelu rhag ysgrifennu.
Ydych chi am ei dileu beth bynnag?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Methu dileu&apos;r cyfeiriadur.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Rhowch werth:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Maint y dudalen:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lled:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Uchder:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Ffynhonnell y papur:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Cyfeiriadedd</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Tirlun o chwith</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Portread o chwith</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ymylon</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ymyl uchaf</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ymyl chwith</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ymyl dde</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ymyl isaf</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Cynllun y dudalen</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Trefn y tudalennau:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Tudalennau ar bob dalen:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Wedi&apos;i addasu</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetrau (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Modfeddi (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pwyntiau (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Dewisiadau &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Dewisiadau &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau odrif</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau eilrif</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i ffeil (PDF)</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Chwith i&apos;r dde, brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Chwith i&apos;r dde, gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>De i&apos;r chwith, gwaelod i&apos;r brig</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>De i&apos;r chwith, brig i&apos;r gwaelod</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Gwaelod i&apos;r brig, chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Gwaelod i&apos;r brig, de i&apos;r chwith</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Brig i&apos;r gwaelod, chwith i&apos;r dde</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Brig i&apos;r gwaelod, de i&apos;r chwith</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Tudalen gyntaf</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Tudalen olaf</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ffitio&apos;r dudalen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Dangos un dudalen</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Dangos tudalennau cyferbyn</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Dangos trosolwg o&apos;r holl dudalennau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Gosod y dudalen</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Gosod y dudalen</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copïau:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Trefn o chwith</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Ystod argraffu</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Y dudalen gyfredol</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Y detholiad</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set o dudalennau:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau allbwn</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd lliw</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu ar ddwy ochr</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Rhowch dudalennau neu ystodau wedi&apos;u gwahanu gan atalnodau. Rhoddir ystod fel dau rif wedi&apos;u gwahanu gan gysylltnod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;riodweddau</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
</TS>
