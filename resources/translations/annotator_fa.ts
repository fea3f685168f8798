<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Annotating</name>
    <message>
        <source>The selection holds no whole word; hold Alt to keep it.</source>
        <translation>گزینش هیچ واژهٔ کاملی ندارد؛ برای نگه داشتن همین نویسه‌ها Alt را نگه دارید.</translation>
    </message>
    <message>
        <source>Select some text first, or click an annotation.</source>
        <translation>نخست بخشی از متن را برگزینید یا روی یک حاشیه‌نویسی کلیک کنید.</translation>
    </message>
    <message>
        <source>Already marked with this label.</source>
        <translation>این بخش پیش‌تر با همین برچسب علامت خورده است.</translation>
    </message>
    <message>
        <source>Click an annotation first.</source>
        <translation>نخست روی یک حاشیه‌نویسی کلیک کنید.</translation>
    </message>
    <message>
        <source>No word left to move that edge to.</source>
        <translation>واژهٔ دیگری برای جابه‌جا کردن این لبه نمانده است.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>AttributionFlow</name>
    <message>
        <source>This project&apos;s schema has no attribution relation.</source>
        <translation>طرح برچسب‌گذاری این پروژه رابطهٔ انتساب ندارد.</translation>
    </message>
    <message>
        <source>Select a Content annotation (or its words) first.</source>
        <translation>نخست یک حاشیه‌نویسی «محتوا» (یا واژه‌های آن) را برگزینید.</translation>
    </message>
    <message>
        <source>Attribution: now the {role} ({labels}). Click it, or select its words and press Enter. Enter alone skips, Esc cancels.</source>
        <translation>انتساب: اکنون {role} ({labels}). روی آن کلیک کنید، یا واژه‌هایش را برگزینید و Enter بزنید. Enter به‌تنهایی از این گام می‌گذرد و Esc لغو می‌کند.</translation>
    </message>
    <message>
        <source>«{label}» does not fit here.</source>
        <translation>«{label}» در این جایگاه نمی‌نشیند.</translation>
    </message>
    <message>
        <source>Attribution cancelled.</source>
        <translation>انتساب لغو شد.</translation>
    </message>
    <message>
        <source>No cue or source chosen: nothing to attribute.</source>
        <translation>نه نشانه‌ای برگزیده شد نه منبعی؛ چیزی برای انتساب نیست.</translation>
    </message>
    <message>
        <source>Add attribution</source>
        <translation>افزودن انتساب</translation>
    </message>
    <message>
        <source>Attribution added.</source>
        <translation>انتساب افزوده شد.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {label}</source>
        <translation>افزودن {label}</translation>
    </message>
    <message>
        <source>Delete {label}</source>
        <translation>حذف {label}</translation>
    </message>
    <message>
        <source>Change {old} to {new}</source>
        <translation>تغییر {old} به {new}</translation>
    </message>
    <message>
        <source>Resize {label}</source>
        <translation>تغییر گسترهٔ {label}</translation>
    </message>
    <message>
        <source>Edit {label} attributes</source>
        <translation>ویرایش ویژگی‌های {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>افزودن {type}</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>حذف {type}</translation>
    </message>
    <message>
        <source>Edit document labels</source>
        <translation>ویرایش برچسب‌های سند</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select an annotation to see and edit its details.</source>
        <translation>یک حاشیه‌نویسی را برگزینید تا جزئیاتش را ببینید و ویرایش کنید.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>اصلاحیه</translation>
    </message>
    <message>
        <source>What the text should say</source>
        <translation>آنچه متن باید می‌گفت</translation>
    </message>
    <message>
        <source>Why you marked this, for whoever reviews it</source>
        <translation>چرا این را علامت زدید، برای کسی که بازبینی می‌کند</translation>
    </message>
    <message>
        <source>Characters {start}–{end}</source>
        <translation>نویسه‌های {start} تا {end}</translation>
    </message>
</context>
<context>
    <name>DocumentLabelsPanel</name>
    <message>
        <source>No document open.</source>
        <translation>هیچ سندی باز نیست.</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} نویسه</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>آمیخته</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>انجام‌نشده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>بازبینی‌شده</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <source>All languages</source>
        <translation>همهٔ زبان‌ها</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>همهٔ رسانه‌ها</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>پالایش بر پایهٔ نام یا عنوان</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>{label} (suggested; click to review)</source>
        <translation>{label} (پیشنهادی؛ برای بررسی کلیک کنید)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>One page per document, in a folder</source>
        <translation>یک صفحه برای هر سند، در یک پوشه</translation>
    </message>
    <message>
        <source>Embed the Arabic-script font (larger file)</source>
        <translation>گنجاندن قلم خط عربی (پروندهٔ بزرگ‌تر)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>چه چیزی برون‌بری شود</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>حاشیه‌نویسان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>سازمان بررسی‌کننده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>ذخیره در</translation>
    </message>
    <message>
        <source>Tick at least one item in each list.</source>
        <translation>در هر فهرست دست‌کم یک مورد را علامت بزنید.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>برون‌بری به پوشه</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>برون‌بری به</translation>
    </message>
    <message>
        <source>Wrote {where}.</source>
        <translation>{where} نوشته شد.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>گزارش درون‌ریزی</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>درون‌ریزی نشد</translation>
    </message>
    <message>
        <source>Near-duplicate</source>
        <translation>تقریباً تکراری</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>پیش‌تر در پروژه هست</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or file(s) imported</source>
        <translation>
            <numerusform>%n سند یا پرونده درون‌ریزی شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n پرونده درون‌ریزی نشد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n مورد تکراری کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>%n مورد تقریباً تکراری</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files before it stay imported.</source>
        <translation>لغو شد: پرونده‌های پیش از آن درون‌ریزی‌شده می‌مانند.</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>Import documents</source>
        <translation>درون‌ریزی اسناد</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>اسناد ({patterns});;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Guideline</source>
        <translation>راهنمای برچسب</translation>
    </message>
    <message>
        <source>Select a label to read how to use it.</source>
        <translation>برچسبی را برگزینید تا شیوهٔ کاربردش را بخوانید.</translation>
    </message>
    <message>
        <source>No guideline written.</source>
        <translation>راهنمایی نوشته نشده است.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link annotations</source>
        <translation>پیوند حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[فقط خواندنی]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>حاشیه‌نویسی‌ها</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>رابطه‌ها</translation>
    </message>
    <message>
        <source>This project&apos;s schema has no relation types.</source>
        <translation>طرح این پروژه هیچ نوع رابطه‌ای ندارد.</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>دربارهٔ annotator</translation>
    </message>
    <message>
        <source>annotator {version}

An offline workbench for fact-checkers annotating Persian, Arabic and Urdu news. Your work is saved with every action.</source>
        <translation>annotator {version}

میز کاری آفلاین برای راستی‌آزمایان که اخبار فارسی، عربی و اردو را حاشیه‌نویسی می‌کنند. کار شما با هر اقدام ذخیره می‌شود.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>پروژهٔ تازه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>پروندهٔ پروژه</translation>
    </message>
    <message>
        <source>Label scheme</source>
        <translation>طرح برچسب‌ها</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>ساختن پروژه ممکن نشد</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Cannot open project</source>
        <translation>باز کردن پروژه ممکن نشد</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>پروژه در دست کار است</translation>
    </message>
    <message>
        <source>This project cannot be opened for annotating.</source>
        <translation>این پروژه را نمی‌توان برای حاشیه‌نویسی باز کرد.</translation>
    </message>
    <message>
        <source>You can open it read-only: read, search and export.</source>
        <translation>می‌توانید آن را فقط خواندنی باز کنید: خواندن، جست‌وجو و برون‌بری.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>باز کردن فقط خواندنی</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>پروژه‌های annotator (*.annotator);;همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>(missing annotation)</source>
        <translation>(حاشیه‌نویسی یافت نشد)</translation>
    </message>
    <message>
        <source>Relation / role</source>
        <translation>رابطه / نقش</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>حذف رابطه</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the corpus…</source>
        <translation>جست‌وجو در پیکره…</translation>
    </message>
    <message>
        <source>Tolerant</source>
        <translation>منعطف</translation>
    </message>
    <message>
        <source>ي/ی, ك/ک, ة/ه, any digits, diacritics, tatweel, ZWNJ/space/nothing</source>
        <translation>ي/ی، ك/ک، ة/ه، هر نوع رقم، اعراب، کشیده، نیم‌فاصله/فاصله/هیچ</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقیق</translation>
    </message>
    <message>
        <source>Exactly as typed</source>
        <translation>دقیقاً همان‌طور که نوشته شده</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>عبارت باقاعده</translation>
    </message>
    <message>
        <source>A Python regular expression</source>
        <translation>یک عبارت باقاعدهٔ پایتون</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>منتشرشده میان</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>حاشیه‌نویس</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر</translation>
    </message>
    <message numerus="yes">
        <source> (showing the first %n)</source>
        <translation>
            <numerusform> (نمایش %n مورد نخست)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n یافته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> در %n سند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>درون متن</translation>
    </message>
    <message>
        <source>Labels (on a selection, or on a selected annotation)</source>
        <translation>برچسب‌ها (روی متن گزیده، یا روی حاشیه‌نویسی گزیده)</translation>
    </message>
</context>
<context>
    <name>SpanPickerDialog</name>
    <message>
        <source>Choose an annotation</source>
        <translation>انتخاب یک حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Filter by text, label or document</source>
        <translation>پالایش بر پایهٔ متن، برچسب یا سند</translation>
    </message>
    <message>
        <source>Only this document</source>
        <translation>فقط همین سند</translation>
    </message>
    <message>
        <source>Annotations labelled: {labels}</source>
        <translation>حاشیه‌نویسی‌های با برچسب: {labels}</translation>
    </message>
</context>
<context>
    <name>SpanRefEditor</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>(missing annotation)</source>
        <translation>(حاشیه‌نویسی یافت نشد)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <source>Annotate claims, attributions, contested facts and persuasion in Persian, Arabic and Urdu news. Everything you mark is saved as you go.</source>
        <translation>ادعاها، انتساب‌ها، واقعیت‌های محل مناقشه و شگردهای اقناعی را در اخبار فارسی، عربی و اردو حاشیه‌نویسی کنید. هر چه علامت بزنید همان دم ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>پروژهٔ تازه…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>باز کردن پروژه…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>باز کردن نمونه</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>پروژه‌های اخیر</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>1 annotation</source>
        <translation>۱ حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Position {pos}</source>
        <translation>جایگاه {pos}</translation>
    </message>
    <message>
        <source>Selected {start}–{end} ({n} characters)</source>
        <translation>گزیده: {start} تا {end} ({n} نویسه)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>فقط خواندنی</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>همهٔ تغییرها ذخیره شده است</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggested {label}</source>
        <translation>پذیرفتن {label} پیشنهادی</translation>
    </message>
    <message>
        <source>Reject suggested {label}</source>
        <translation>رد کردن {label} پیشنهادی</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>در حال خواندن سند…</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>رد کردن پیشنهاد</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>پیشنهاد بعدی</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>پیشنهاد قبلی</translation>
    </message>
    <message>
        <source>Show suggestions in the text</source>
        <translation>نمایش پیشنهادها روی متن</translation>
    </message>
    <message>
        <source>Loading word lists…</source>
        <translation>در حال بارگذاری فهرست واژه‌ها…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in this document</source>
        <translation>
            <numerusform>%n پیشنهاد در این سند</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document to see suggestions</source>
        <translation>برای دیدن پیشنهادها یک سند باز کنید</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Project</source>
        <translation>پروژه</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>پروژه‌های اخیر</translation>
    </message>
    <message>
        <source>Apply label</source>
        <translation>زدن برچسب</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>پروژهٔ تازه…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>باز کردن پروژه…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>باز کردن پروژهٔ نمونه</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>درون‌ریزی اسناد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>بستن پروژه</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف حاشیه‌نویسی</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>اندازهٔ واقعی</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>سند بعدی</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>سند قبلی</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>حاشیه‌نویسی بعدی</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>حاشیه‌نویسی قبلی</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>رفتن به متن</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>رها کردن گزینش</translation>
    </message>
    <message>
        <source>Change label…</source>
        <translation>تغییر برچسب…</translation>
    </message>
    <message>
        <source>Extend end by a word</source>
        <translation>افزودن یک واژه به پایان</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>کاستن یک واژه از پایان</translation>
    </message>
    <message>
        <source>Extend start by a word</source>
        <translation>افزودن یک واژه به آغاز</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>کاستن یک واژه از آغاز</translation>
    </message>
    <message>
        <source>Attribution…</source>
        <translation>انتساب…</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>پیوند…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>دربارهٔ annotator</translation>
    </message>
    <message>
        <source>Alt + label key</source>
        <translation>Alt + کلید برچسب</translation>
    </message>
    <message>
        <source>Apply a label to the exact characters selected</source>
        <translation>زدن برچسب روی همان نویسه‌های گزیده، بی‌گسترش به واژه</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + کشیدن</translation>
    </message>
    <message>
        <source>Select exact characters instead of whole words</source>
        <translation>گزینش نویسه به نویسه به جای واژهٔ کامل</translation>
    </message>
    <message>
        <source>Attribution: skip this step, or use the selected text</source>
        <translation>انتساب: گذشتن از این گام، یا به‌کار بردن متن گزیده</translation>
    </message>
</context>
<context>
    <name>_RoleRow</name>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
</TS>
