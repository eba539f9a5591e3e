#!/usr/bin/env python3
"""Django's command-line utility for the rex fidelity fixture project.

Pick the database with REX_FX_ENGINE (sqlite, postgres, mysql) and REX_FX_DB
(a file for sqlite, a database name otherwise); pick the source or the
destination flavour with DJANGO_SETTINGS_MODULE (fidelitysite.settings or
fidelitysite.settings_dest).
"""
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fidelitysite.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
