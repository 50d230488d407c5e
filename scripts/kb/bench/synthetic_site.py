"""Generate a large synthetic copy of the site, to measure it (search, build, pages) at scale.

Usage: python -m kb.bench.synthetic_site --pages 300 --out /tmp/kb-synthetic

DIR becomes a complete MkDocs project: this repo's mkdocs.yml (with a generated nav in
place of the real one) and overrides/ (the kb plugin is imported from the repository), and
docs/en, docs/ar, docs/fa with N pages per language. Every page has the same structure in
the three languages (sections, headings, paragraphs, a task-list checklist on most pages),
as the real content does; the words come from small per-language lists, Persian with its
half-space (ZWNJ) words and Arabic with some diacritics, so that search meets the same
characters as on the real site. The output depends only on --pages and --seed.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

from kb.content.translations import body_hash
from kb.project import ROOT

COPIED = ("overrides",)  # the theme; the kb package and its plugin are imported from the repository
PAGES_PER_SECTION = 25

WORDS = {
    "en": [
        "marketing",
        "IT",
        "team",
        "roadmap",
        "budget",
        "campaign",
        "platform",
        "data",
        "analytics",
        "customer",
        "website",
        "security",
        "privacy",
        "consent",
        "vendor",
        "contract",
        "tool",
        "integration",
        "email",
        "search",
        "advertising",
        "social",
        "media",
        "content",
        "owner",
        "manager",
        "leadership",
        "meeting",
        "weekly",
        "priority",
        "project",
        "risk",
        "governance",
        "support",
        "access",
        "account",
        "review",
        "report",
        "dashboard",
        "conversion",
        "audience",
        "strategy",
        "goal",
        "quarter",
        "launch",
        "deadline",
        "request",
        "ticket",
        "workflow",
        "approval",
        "training",
        "license",
        "cost",
        "server",
        "hosting",
        "domain",
        "tracking",
        "pixel",
        "tag",
        "cookie",
        "backup",
        "incident",
        "partner",
        "agency",
        "feedback",
        "decision",
        "trust",
        "empathy",
        "alignment",
        "vision",
        "plan",
        "shared",
    ],
    "ar": [
        "التسويق",
        "تقنية",
        "المعلومات",
        "الفريق",
        "خارطة",
        "الطريق",
        "الميزانية",
        "الحملة",
        "المنصة",
        "البيانات",
        "التحليلات",
        "العميل",
        "الموقع",
        "الأمن",
        "الخصوصية",
        "الموافقة",
        "المورّد",
        "العقد",
        "الأداة",
        "التكامل",
        "البريد",
        "الإلكتروني",
        "البحث",
        "الإعلان",
        "وسائل",
        "التواصل",
        "المحتوى",
        "المالك",
        "المدير",
        "القيادة",
        "الاجتماع",
        "الأسبوعي",
        "الأولوية",
        "المشروع",
        "المخاطر",
        "الحوكمة",
        "الدعم",
        "الوصول",
        "الحساب",
        "المراجعة",
        "التقرير",
        "لوحة",
        "التحويل",
        "الجمهور",
        "الاستراتيجية",
        "الهدف",
        "الربع",
        "الإطلاق",
        "الموعد",
        "الطلب",
        "سير",
        "العمل",
        "الموافقة",
        "التدريب",
        "الترخيص",
        "التكلفة",
        "الخادم",
        "الاستضافة",
        "النطاق",
        "التتبّع",
        "الشريك",
        "الوكالة",
        "الملاحظات",
        "القرار",
        "الثقة",
        "التعاطف",
        "المواءمة",
        "الرؤية",
        "الخطة",
        "المشتركة",
        "يجب",
        "أن",
        "يتفق",
        "الفريقان",
        "على",
        "كل",
        "مرحلة",
        "قبل",
        "البدء",
        "وبعد",
        "التنفيذ",
    ],
    "fa": [
        "بازاریابی",
        "فناوری",
        "اطلاعات",
        "تیم",
        "نقشه",
        "راه",
        "بودجه",
        "کمپین",
        "پلتفرم",
        "داده\u200cها",
        "تحلیل",
        "مشتری",
        "سایت",
        "امنیت",
        "حریم",
        "خصوصی",
        "رضایت",
        "تأمین\u200cکننده",
        "قرارداد",
        "ابزار",
        "یکپارچه\u200cسازی",
        "ایمیل",
        "جستجو",
        "تبلیغات",
        "شبکه\u200cهای",
        "اجتماعی",
        "محتوا",
        "مالک",
        "مدیر",
        "رهبری",
        "جلسه",
        "هفتگی",
        "اولویت",
        "پروژه",
        "ریسک",
        "حاکمیت",
        "پشتیبانی",
        "دسترسی",
        "حساب",
        "بازبینی",
        "گزارش",
        "داشبورد",
        "تبدیل",
        "مخاطب",
        "راهبرد",
        "هدف",
        "فصل",
        "راه\u200cاندازی",
        "مهلت",
        "درخواست",
        "گردش\u200cکار",
        "تأیید",
        "آموزش",
        "مجوز",
        "هزینه",
        "سرور",
        "میزبانی",
        "دامنه",
        "ردیابی",
        "پیکسل",
        "همکار",
        "آژانس",
        "بازخورد",
        "تصمیم",
        "اعتماد",
        "همدلی",
        "هم\u200cراستایی",
        "چشم\u200cانداز",
        "برنامه",
        "مشترک",
        "می\u200cشود",
        "می\u200cکند",
        "باید",
        "هر",
        "دو",
        "تیم",
        "پیش",
        "از",
        "شروع",
        "و",
        "پس",
        "از",
        "اجرا",
        "توافق",
        "کنند",
    ],
}


def sentence(rng: random.Random, lang: str, low: int = 8, high: int = 16) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(low, high))]
    if lang == "en":
        words[0] = words[0].capitalize()
    return " ".join(words) + "."


def title(rng: random.Random, lang: str) -> str:
    return sentence(rng, lang, 2, 4).rstrip(".")


def page_markdown(seed: int, lang: str) -> str:
    """One page; `seed` fixes its shape (the same in every language) apart from the words."""
    shape = random.Random(seed)
    words = random.Random(f"{seed}-{lang}")
    sections = shape.randint(3, 6)
    checklist = shape.random() < 0.7
    out = ["---", f"title: {title(words, lang)}", "---", ""]
    out += [" ".join(sentence(words, lang) for _ in range(shape.randint(2, 4))), ""]
    for _ in range(sections):
        out += [f"## {title(words, lang)}", ""]
        for _ in range(shape.randint(1, 3)):
            out += [" ".join(sentence(words, lang) for _ in range(shape.randint(3, 5))), ""]
        if shape.random() < 0.3:
            out += [f"### {title(words, lang)}", "", sentence(words, lang), ""]
    if checklist:
        out += [f"## {title(words, lang)}", ""]
        out += [f"- [ ] {sentence(words, lang, 5, 10).rstrip('.')}" for _ in range(shape.randint(4, 7))]
        out.append("")
    return "\n".join(out)


def page_paths(pages: int) -> list[str]:
    """index.md, then topic-01/page-001.md ... so that the nav has sections, as the real one."""
    return ["index.md"] + [f"topic-{i // PAGES_PER_SECTION + 1:02d}/page-{i:03d}.md" for i in range(1, pages)]


def nav_yaml(paths: list[str]) -> str:
    lines = ["nav:", "  - index.md"]
    for path in paths[1:]:
        topic = path.split("/")[0]
        if f"  - {topic}:" not in lines:
            lines.append(f"  - {topic}:")
        lines.append(f"      - {path}")
    return "\n".join(lines) + "\n"


def with_nav(config: str, nav: str) -> str:
    """mkdocs.yml with its top-level nav block replaced (text edit: the file has YAML tags)."""
    block = re.compile(r"^nav:\n(?:(?:[ \t].*)?\n)*", re.MULTILINE)
    return block.sub(nav, config) if block.search(config) else config + "\n" + nav


def generate(out: Path, pages: int, seed: int = 0) -> Path:
    """Write the synthetic project into `out` (replacing it) and return it."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in COPIED:
        shutil.copytree(ROOT / name, out / name, ignore=shutil.ignore_patterns("__pycache__"))
    paths = page_paths(pages)
    (out / "mkdocs.yml").write_text(
        with_nav((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), nav_yaml(paths)), encoding="utf-8"
    )
    for number, path in enumerate(paths):
        english = page_markdown(seed * 100_000 + number, "en")
        for lang in WORDS:
            text = english if lang == "en" else page_markdown(seed * 100_000 + number, lang)
            if lang != "en":  # translations up to date, as on the real site: no "stale" notice
                text = text.replace("---\n\n", f'source_hash: "{body_hash(english)}"\n---\n\n', 1)
            target = out / "docs" / lang / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300, help="pages per language (default 300)")
    parser.add_argument("--out", type=Path, required=True, help="project folder to create (replaced)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(generate(args.out, args.pages, args.seed))


if __name__ == "__main__":
    main()
