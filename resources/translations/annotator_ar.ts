<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Annotating</name>
    <message>
        <source>The selection holds no whole word; hold Alt to keep it.</source>
        <translation>التحديد لا يضم كلمة كاملة؛ اضغط Alt للإبقاء عليه كما هو.</translation>
    </message>
    <message>
        <source>Select some text first, or click an annotation.</source>
        <translation>حدِّد جزءًا من النص أولًا، أو انقر تعليقًا.</translation>
    </message>
    <message>
        <source>Already marked with this label.</source>
        <translation>هذا المقطع موسوم بهذا الوسم من قبل.</translation>
    </message>
    <message>
        <source>Click an annotation first.</source>
        <translation>انقر تعليقًا أولًا.</translation>
    </message>
    <message>
        <source>No word left to move that edge to.</source>
        <translation>لا توجد كلمة أخرى يمكن نقل هذا الطرف إليها.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AttributionFlow</name>
    <message>
        <source>This project&apos;s schema has no attribution relation.</source>
        <translation>مخطط هذا المشروع لا يتضمن علاقة إسناد.</translation>
    </message>
    <message>
        <source>Select a Content annotation (or its words) first.</source>
        <translation>حدِّد أولًا تعليق «مضمون» (أو كلماته).</translation>
    </message>
    <message>
        <source>Attribution: now the {role} ({labels}). Click it, or select its words and press Enter. Enter alone skips, Esc cancels.</source>
        <translation>الإسناد: الآن {role} ({labels}). انقره، أو حدِّد كلماته واضغط Enter. ‏Enter وحده يتخطى هذه الخطوة، وEsc يلغي.</translation>
    </message>
    <message>
        <source>«{label}» does not fit here.</source>
        <translation>«{label}» لا يناسب هذا الموضع.</translation>
    </message>
    <message>
        <source>Attribution cancelled.</source>
        <translation>أُلغي الإسناد.</translation>
    </message>
    <message>
        <source>No cue or source chosen: nothing to attribute.</source>
        <translation>لم يُختر مؤشر ولا مصدر؛ لا شيء للإسناد.</translation>
    </message>
    <message>
        <source>Add attribution</source>
        <translation>إضافة إسناد</translation>
    </message>
    <message>
        <source>Attribution added.</source>
        <translation>أُضيف الإسناد.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {label}</source>
        <translation>إضافة {label}</translation>
    </message>
    <message>
        <source>Delete {label}</source>
        <translation>حذف {label}</translation>
    </message>
    <message>
        <source>Change {old} to {new}</source>
        <translation>تغيير {old} إلى {new}</translation>
    </message>
    <message>
        <source>Resize {label}</source>
        <translation>تغيير امتداد {label}</translation>
    </message>
    <message>
        <source>Edit {label} attributes</source>
        <translation>تحرير خصائص {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Add {type}</source>
        <translation>إضافة {type}</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>حذف {type}</translation>
    </message>
    <message>
        <source>Edit document labels</source>
        <translation>تحرير وسوم الوثيقة</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select an annotation to see and edit its details.</source>
        <translation>حدِّد تعليقًا لعرض تفاصيله وتحريرها.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <source>What the text should say</source>
        <translation>ما كان ينبغي أن يقوله النص</translation>
    </message>
    <message>
        <source>Why you marked this, for whoever reviews it</source>
        <translation>لماذا وسمت هذا، لمن سيراجعه</translation>
    </message>
    <message>
        <source>Characters {start}–{end}</source>
        <translation>المحارف من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>DocumentLabelsPanel</name>
    <message>
        <source>No document open.</source>
        <translation>لا توجد وثيقة مفتوحة.</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} محرفًا</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>مختلطة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>تصفية بالاسم أو العنوان</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>{label} (suggested; click to review)</source>
        <translation>{label} (مقترح؛ انقر للمراجعة)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>One page per document, in a folder</source>
        <translation>صفحة لكل وثيقة، في مجلد</translation>
    </message>
    <message>
        <source>Embed the Arabic-script font (larger file)</source>
        <translation>تضمين خط الكتابة العربية (ملف أكبر)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ما الذي يُصدَّر</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المعلِّقون</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>الجهة المراجِعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Tick at least one item in each list.</source>
        <translation>اختر عنصرًا واحدًا على الأقل في كل قائمة.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Wrote {where}.</source>
        <translation>كُتب {where}.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>Near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <source>Already in the project</source>
        <translation>موجود في المشروع من قبل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or file(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي وثيقة</numerusform>
            <numerusform>استُوردت وثيقة أو ملف واحد</numerusform>
            <numerusform>استُوردت وثيقتان أو ملفان</numerusform>
            <numerusform>استُوردت %n وثائق أو ملفات</numerusform>
            <numerusform>استُوردت %n وثيقة أو ملفًا</numerusform>
            <numerusform>استُوردت %n وثيقة أو ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>لم يُرفض أي ملف</numerusform>
            <numerusform>ملف واحد لم يُستورد</numerusform>
            <numerusform>ملفان لم يُستوردا</numerusform>
            <numerusform>%n ملفات لم تُستورد</numerusform>
            <numerusform>%n ملفًا لم يُستورد</numerusform>
            <numerusform>%n ملف لم يُستورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>لا مكررات</numerusform>
            <numerusform>تُخطّي مكرر واحد</numerusform>
            <numerusform>تُخطّي مكرران</numerusform>
            <numerusform>تُخطّيت %n مكررات</numerusform>
            <numerusform>تُخطّي %n مكررًا</numerusform>
            <numerusform>تُخطّي %n مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>لا أشباه مكررات</numerusform>
            <numerusform>شبه مكرر واحد</numerusform>
            <numerusform>شبها مكرر</numerusform>
            <numerusform>%n أشباه مكررات</numerusform>
            <numerusform>%n شبه مكرر</numerusform>
            <numerusform>%n شبه مكرر</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files before it stay imported.</source>
        <translation>أُلغي: تبقى الملفات السابقة مستوردة.</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>Import documents</source>
        <translation>استيراد الوثائق</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All files (*)</source>
        <translation>الوثائق ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Guideline</source>
        <translation>دليل الوسم</translation>
    </message>
    <message>
        <source>Select a label to read how to use it.</source>
        <translation>اختر وسمًا لتقرأ طريقة استعماله.</translation>
    </message>
    <message>
        <source>No guideline written.</source>
        <translation>لم يُكتب دليل.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link annotations</source>
        <translation>ربط التعليقات</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{path} no longer exists.</source>
        <translation>‏{path} لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[للقراءة فقط]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>This project&apos;s schema has no relation types.</source>
        <translation>مخطط هذا المشروع لا يتضمن أنواع علاقات.</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>عن annotator</translation>
    </message>
    <message>
        <source>annotator {version}

An offline workbench for fact-checkers annotating Persian, Arabic and Urdu news. Your work is saved with every action.</source>
        <translation>annotator {version}

منضدة عمل دون اتصال لمدققي الحقائق الذين يعلّقون على الأخبار بالفارسية والعربية والأردية. يُحفظ عملك مع كل إجراء.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <source>Label scheme</source>
        <translation>مخطط الوسوم</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <source>This project cannot be opened for annotating.</source>
        <translation>لا يمكن فتح هذا المشروع للتعليق.</translation>
    </message>
    <message>
        <source>You can open it read-only: read, search and export.</source>
        <translation>يمكنك فتحه للقراءة فقط: القراءة والبحث والتصدير.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>مشاريع annotator (*.annotator);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>(missing annotation)</source>
        <translation>(تعليق مفقود)</translation>
    </message>
    <message>
        <source>Relation / role</source>
        <translation>العلاقة / الدور</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>حذف العلاقة</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the corpus…</source>
        <translation>البحث في المدوّنة…</translation>
    </message>
    <message>
        <source>Tolerant</source>
        <translation>مرن</translation>
    </message>
    <message>
        <source>ي/ی, ك/ک, ة/ه, any digits, diacritics, tatweel, ZWNJ/space/nothing</source>
        <translation>ي/ی، ك/ک، ة/ه، أي أرقام، التشكيل، التطويل، فاصل غير واصل/مسافة/لا شيء</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Exactly as typed</source>
        <translation>كما كُتب تمامًا</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <source>A Python regular expression</source>
        <translation>تعبير نمطي بلغة بايثون</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>نُشر بين</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المعلِّق</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ</translation>
    </message>
    <message numerus="yes">
        <source> (showing the first %n)</source>
        <translation>
            <numerusform> (عرض أول %n)</numerusform>
            <numerusform> (عرض أول %n)</numerusform>
            <numerusform> (عرض أول %n)</numerusform>
            <numerusform> (عرض أول %n)</numerusform>
            <numerusform> (عرض أول %n)</numerusform>
            <numerusform> (عرض أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> في %n وثيقة</numerusform>
            <numerusform> في وثيقة واحدة</numerusform>
            <numerusform> في وثيقتين</numerusform>
            <numerusform> في %n وثائق</numerusform>
            <numerusform> في %n وثيقة</numerusform>
            <numerusform> في %n وثيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>داخل النص</translation>
    </message>
    <message>
        <source>Labels (on a selection, or on a selected annotation)</source>
        <translation>الوسوم (على نص محدَّد، أو على تعليق محدَّد)</translation>
    </message>
</context>
<context>
    <name>SpanPickerDialog</name>
    <message>
        <source>Choose an annotation</source>
        <translation>اختيار تعليق</translation>
    </message>
    <message>
        <source>Filter by text, label or document</source>
        <translation>تصفية بالنص أو الوسم أو الوثيقة</translation>
    </message>
    <message>
        <source>Only this document</source>
        <translation>هذه الوثيقة فقط</translation>
    </message>
    <message>
        <source>Annotations labelled: {labels}</source>
        <translation>التعليقات الموسومة بـ: {labels}</translation>
    </message>
</context>
<context>
    <name>SpanRefEditor</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>(missing annotation)</source>
        <translation>(تعليق مفقود)</translation>
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
        <translation>علِّق على الادعاءات والإسنادات والوقائع المتنازع عليها وأساليب الإقناع في الأخبار الفارسية والعربية والأردية. كل ما تسِمه يُحفظ فورًا.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>فتح العرض التجريبي</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>1 annotation</source>
        <translation>تعليق واحد</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} تعليقًا</translation>
    </message>
    <message>
        <source>Position {pos}</source>
        <translation>الموضع {pos}</translation>
    </message>
    <message>
        <source>Selected {start}–{end} ({n} characters)</source>
        <translation>المحدَّد: {start} إلى {end} ({n} محرفًا)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggested {label}</source>
        <translation>قبول {label} المقترح</translation>
    </message>
    <message>
        <source>Reject suggested {label}</source>
        <translation>رفض {label} المقترح</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>جارٍ قراءة الوثيقة…</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>Show suggestions in the text</source>
        <translation>إظهار الاقتراحات على النص</translation>
    </message>
    <message>
        <source>Loading word lists…</source>
        <translation>جارٍ تحميل قوائم الكلمات…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) in this document</source>
        <translation>
            <numerusform>لا اقتراحات في هذه الوثيقة</numerusform>
            <numerusform>اقتراح واحد في هذه الوثيقة</numerusform>
            <numerusform>اقتراحان في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراحات في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراحًا في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراح في هذه الوثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document to see suggestions</source>
        <translation>افتح وثيقة لرؤية الاقتراحات</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>Apply label</source>
        <translation>تطبيق وسم</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>فتح المشروع التجريبي</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <translation>استيراد وثائق…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>إغلاق المشروع</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>الوثيقة التالية</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>الوثيقة السابقة</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>التعليق التالي</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>التعليق السابق</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>الانتقال إلى النص</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Change label…</source>
        <translation>تغيير الوسم…</translation>
    </message>
    <message>
        <source>Extend end by a word</source>
        <translation>مدّ النهاية كلمةً</translation>
    </message>
    <message>
        <source>Shrink end by a word</source>
        <translation>تقليص النهاية كلمةً</translation>
    </message>
    <message>
        <source>Extend start by a word</source>
        <translation>مدّ البداية كلمةً</translation>
    </message>
    <message>
        <source>Shrink start by a word</source>
        <translation>تقليص البداية كلمةً</translation>
    </message>
    <message>
        <source>Attribution…</source>
        <translation>إسناد…</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>ربط…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About annotator</source>
        <translation>عن annotator</translation>
    </message>
    <message>
        <source>Alt + label key</source>
        <translation>Alt + مفتاح الوسم</translation>
    </message>
    <message>
        <source>Apply a label to the exact characters selected</source>
        <translation>تطبيق وسم على المحارف المحدَّدة بالضبط</translation>
    </message>
    <message>
        <source>Alt + drag</source>
        <translation>Alt + سحب</translation>
    </message>
    <message>
        <source>Select exact characters instead of whole words</source>
        <translation>تحديد محارف بعينها بدل كلمات كاملة</translation>
    </message>
    <message>
        <source>Attribution: skip this step, or use the selected text</source>
        <translation>الإسناد: تخطي هذه الخطوة، أو استعمال النص المحدَّد</translation>
    </message>
</context>
<context>
    <name>_RoleRow</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
