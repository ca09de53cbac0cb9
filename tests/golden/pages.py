"""The demo plan's PDF as text, one string per page, for the golden test."""
import io
from datetime import datetime, timezone


def demo_plan():
    from django.contrib.auth.models import User

    from planner.models import Gemeente, Plan

    return Plan(
        gemeente=Gemeente(naam="Lindewaarde", kleur="#154273"), titel="Samen met mantelzorgers 2027–2030",
        periode_start=2027, periode_eind=2030, revisie=8,
        updated_at=datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc),
        updated_by=User(username="mbrinkman", first_name="Marloes", last_name="Brinkman"),
    )


def demo_pdf_pages():
    from pypdf import PdfReader

    from planner.document import pdf
    from planner.document.assemble import build
    from steps import demo_data

    content = pdf.render_plan(build(demo_plan(), demo_data.answers()))
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]
