from django.apps import AppConfig


class AllFieldsConfig(AppConfig):
    name = "allfields"
    verbose_name = "Every Django model field"
