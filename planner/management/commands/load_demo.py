from django.core.management.base import BaseCommand

from planner.demo import DEMO_PASSWORD, DEMO_USERNAME, load_demo


class Command(BaseCommand):
    help = "Laadt de fictieve gemeente Lindewaarde met een demo-gebruiker en twee demo-plannen."

    def handle(self, *args, **options):
        user, complete, half = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo geladen: gemeente Lindewaarde."))
        self.stdout.write(f"  Plan met alle acht stappen: {complete.titel}")
        self.stdout.write(f"  Half ingevuld plan:         {half.titel}")
        self.stdout.write("")
        self.stdout.write("  Open http://127.0.0.1:8000 en log in met")
        self.stdout.write(f"    gebruikersnaam: {DEMO_USERNAME}")
        self.stdout.write(f"    wachtwoord:     {DEMO_PASSWORD}")
