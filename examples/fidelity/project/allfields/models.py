"""
Models of the rex fidelity fixture: every built-in Django model field and
every kind of relation, so that a migration through rex can be checked value
by value. ImageField is left out (it needs Pillow); IPAddressField and
NullBooleanField are left out (removed / deprecated in Django 3.2).
"""

import uuid

from django.contrib.auth.models import User
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Everything(models.Model):
    """One column per scalar field type; each row tests one edge case."""

    id = models.AutoField(primary_key=True)
    label = models.CharField(max_length=100, unique=True)
    boolean = models.BooleanField(default=False)
    boolean_null = models.BooleanField(null=True)
    char = models.CharField(max_length=255, blank=True)
    char_null = models.CharField(max_length=255, null=True, blank=True)
    text = models.TextField(blank=True)
    text_null = models.TextField(null=True, blank=True)
    slug = models.SlugField(max_length=80, blank=True)
    email = models.EmailField(blank=True)
    url = models.URLField(max_length=300, blank=True)
    file = models.FileField(upload_to="uploads/%Y/", blank=True)
    file_path = models.FilePathField(path="/srv/rex", max_length=200, blank=True)
    integer = models.IntegerField(null=True)
    big_integer = models.BigIntegerField(null=True)
    small_integer = models.SmallIntegerField(null=True)
    positive_integer = models.PositiveIntegerField(null=True)
    positive_small_integer = models.PositiveSmallIntegerField(null=True)
    positive_big_integer = models.PositiveBigIntegerField(null=True)
    float = models.FloatField(null=True)
    decimal_30_10 = models.DecimalField(max_digits=30, decimal_places=10, null=True)
    decimal_5_2 = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    date = models.DateField(null=True)
    datetime = models.DateTimeField(null=True)
    time = models.TimeField(null=True)
    duration = models.DurationField(null=True)
    uuid = models.UUIDField(null=True)
    json = models.JSONField(null=True)
    binary = models.BinaryField(null=True)
    ip = models.GenericIPAddressField(null=True)
    ipv4 = models.GenericIPAddressField(protocol="IPv4", null=True)
    # SQL keyword and mixed case as column names: identifiers must be quoted.
    order = models.IntegerField(default=0)
    camel = models.CharField(max_length=20, db_column="CamelCase", blank=True)

    def __str__(self):
        return self.label


class BigAuto(models.Model):
    """BigAutoField pk with ids beyond int32 and beyond 2**53."""

    id = models.BigAutoField(primary_key=True)
    value = models.BigIntegerField()
    label = models.CharField(max_length=50)


class SmallAuto(models.Model):
    """SmallAutoField pk, including a negative id."""

    id = models.SmallAutoField(primary_key=True)
    value = models.SmallIntegerField()
    flag = models.BooleanField()


class UUIDKeyed(models.Model):
    """UUIDField as the primary key; Item points at it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4)
    name = models.CharField(max_length=50)


class Country(models.Model):
    """A natural CharField primary key."""

    code = models.CharField(max_length=2, primary_key=True)
    name = models.CharField(max_length=100)


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)


class Item(models.Model):
    """FKs to a UUID pk and a char pk, auto-through M2M, generic relation."""

    sku = models.CharField(max_length=20, unique=True)
    owner = models.ForeignKey(UUIDKeyed, on_delete=models.CASCADE, related_name="items")
    country = models.ForeignKey(Country, null=True, on_delete=models.SET_NULL)
    tags = models.ManyToManyField(Tag, blank=True, related_name="items")
    comments = GenericRelation("Comment")


class Node(models.Model):
    """A tree via a self FK (forward references, a self loop) and a
    symmetrical self M2M."""

    name = models.CharField(max_length=50)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="children")
    related = models.ManyToManyField("self", blank=True)


class Author(models.Model):
    """Half of an FK cycle: Author.favorite_book -> Book -> Author."""

    name = models.CharField(max_length=100)
    favorite_book = models.ForeignKey("Book", null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="fans")


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")


class Place(models.Model):
    """Multi-table inheritance: Restaurant's pk is a OneToOneField to Place."""

    name = models.CharField(max_length=100)


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)


class Profile(models.Model):
    """OneToOneField (not the pk) to auth.User and to Everything."""

    user = models.OneToOneField(User, on_delete=models.CASCADE)
    everything = models.OneToOneField(Everything, null=True, on_delete=models.SET_NULL)
    bio = models.TextField(blank=True)


class Club(models.Model):
    name = models.CharField(max_length=50)
    members = models.ManyToManyField("Member", through="Membership", related_name="clubs")


class Member(models.Model):
    name = models.CharField(max_length=50)


class Membership(models.Model):
    """The explicit through model of Club.members."""

    club = models.ForeignKey(Club, on_delete=models.CASCADE)
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    joined = models.DateField()
    role = models.CharField(max_length=20, blank=True)

    class Meta:
        unique_together = [("club", "member")]


class Comment(models.Model):
    """A GenericForeignKey: (content_type, object_id) points at any model."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    body = models.TextField()
