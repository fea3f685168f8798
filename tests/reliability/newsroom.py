"""News paragraphs written for the reliability tests, and a way to put them in a project."""

from __future__ import annotations

from annotator.core.model import Document
from annotator.store.project import Project

# Written for these tests: short news paragraphs in Persian (with ZWNJ and a contested place
# name), Arabic (with tanwin) and Urdu, each long enough to hold a few dozen spans.
NEWS = {
    "fa": (
        "به گزارش خبرگزاری محلی، سخنگوی وزارت نیرو گفت که تولید برق در تابستان امسال "
        "دوازده درصد بیشتر شده است. او افزود: «نیروگاه‌های تازه در ایران ساخته می‌شوند» "
        "اما کارشناسان می‌گویند این رقم با آمار رسمی سال گذشته جور درنمی‌آید.\n"
        "یک نماینده‌ی مجلس نیز ادعا کرد که قیمت نان در پایتخت دو برابر شده و دولت "
        "هیچ برنامه‌ای برای مهار آن ندارد."
    ),
    "ar": (
        "قال متحدث باسم وزارة الزراعة إن محصول القمح ارتفع هذا العام ارتفاعاً كبيراً، "
        "وأضاف أن الصادرات ستتضاعف قريباً. غير أن تقريراً صادراً عن مركز بحثي مستقل "
        "أشار إلى أن الأرقام الرسمية لا تتطابق مع صور الأقمار الصناعية."
    ),
    "ur": (
        "وزیر خزانہ نے کہا کہ ملک کی برآمدات میں پچھلے سال کے مقابلے میں پندرہ فیصد "
        "اضافہ ہوا ہے۔ تاہم ایک اخبار نے لکھا کہ یہ اعداد و شمار ابھی تک شائع نہیں کیے گئے۔"
    ),
}


def add_news(project: Project) -> list[Document]:
    return project.add_documents(
        [
            (Document(name=f"news-{lang}", text=text, language=lang), None, "", [])
            for lang, text in NEWS.items()
        ]
    )
