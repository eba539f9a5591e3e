"""
Settings of the rex fidelity fixture project (destination flavour).

The same project as ``settings``, with INSTALLED_APPS in another order:
``migrate`` creates content types (and their permissions) app by app in this
order, so every content type and permission gets another id than in the
source. rex must remap them.
"""

from .settings import *  # noqa: F401,F403

INSTALLED_APPS = [
    "allfields",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.contenttypes",
    "django.contrib.admin",
    "django.contrib.auth",
]
