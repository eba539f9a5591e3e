"""
Settings of the rex fidelity fixture project (source flavour).

This project exists only as a test fixture for rex; never deploy it.

The database comes from the environment:

* REX_FX_ENGINE: ``sqlite`` (default), ``postgres`` or ``mysql``.
* REX_FX_DB: the SQLite file, or the database name on the server
  (PostgreSQL at 127.0.0.1:5432 user postgres; MariaDB/MySQL at
  127.0.0.1:3306 user root, no password).

``settings_dest`` is the destination flavour: the same apps in another order,
so that ``migrate`` gives the content types (and permissions) other ids.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Fixed, public key: this project is a fixture, never deploy it.
SECRET_KEY = "rex-fidelity-insecure-fixed-secret-key-do-not-deploy"

DEBUG = True
ALLOWED_HOSTS = []

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "allfields",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "fidelitysite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

ENGINE = os.environ.get("REX_FX_ENGINE", "sqlite")
NAME = os.environ.get("REX_FX_DB")

if ENGINE == "sqlite":
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": NAME or str(BASE_DIR / "db.sqlite3"),
    }}
elif ENGINE == "postgres":
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": NAME or "rex_fixture",
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }}
elif ENGINE == "mysql":
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": NAME or "rex_fixture",
        "USER": "root",
        "HOST": "127.0.0.1",
        "PORT": "3306",
        "OPTIONS": {
            # 4-byte characters (emoji, astral CJK) need utf8mb4; strict mode
            # makes out-of-range values errors instead of silent clipping.
            "charset": "utf8mb4",
            "init_command": "SET sql_mode='STRICT_TRANS_TABLES'",
        },
    }}
else:
    raise ValueError(f"REX_FX_ENGINE={ENGINE!r}: want sqlite, postgres or mysql")

LANGUAGE_CODE = "en-us"
# Not UTC on purpose: with USE_TZ=True every engine still stores UTC, and a
# reader that wrongly applies TIME_ZONE shows up around the DST changes.
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_L10N = True
USE_TZ = True

STATIC_URL = "/static/"

DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
