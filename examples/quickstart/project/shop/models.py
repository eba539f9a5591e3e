"""Models of the quickstart shop.

Between them the models use every common Django field type, so that the
database doubles as a test fixture for rex:

* Category: AutoField pk, self-referencing ForeignKey (parent chain).
* Tag: SmallAutoField pk.
* Product: BigAutoField pk (DEFAULT_AUTO_FIELD), ForeignKey, ManyToManyField
  with an auto-created through table (shop_product_tags), UUID, Decimal,
  Float, JSON, Binary, URL, Date, DateTime, integers of every width.
* Customer: OneToOneField to auth.User, Email, GenericIPAddress, Time,
  PositiveBigInteger, JSON.
* Order: ForeignKey to Customer, Duration, JSON (nullable: holds SQL NULL and
  JSON null), IPv4/IPv6 addresses.
* OrderLine: ForeignKeys to Order and Product, unique together.
"""

import uuid

from django.conf import settings
from django.db import models


class Category(models.Model):
    id = models.AutoField(primary_key=True)
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "categories"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Tag(models.Model):
    id = models.SmallAutoField(primary_key=True)
    name = models.CharField(max_length=50, unique=True)
    color = models.CharField(max_length=7, blank=True, help_text="#rrggbb")

    def __str__(self):
        return self.name


class Product(models.Model):
    sku = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="products"
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="products")
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=12, decimal_places=2)
    weight_kg = models.FloatField(null=True, blank=True)
    stock = models.IntegerField(default=0)
    reorder_level = models.SmallIntegerField(default=0)
    units_sold = models.BigIntegerField(default=0)
    view_count = models.PositiveIntegerField(default=0)
    attributes = models.JSONField(default=dict, blank=True)
    thumbnail = models.BinaryField(null=True, blank=True)
    homepage = models.URLField(blank=True)
    launched_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField()
    is_published = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["slug"])]

    def __str__(self):
        return self.name


class Customer(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="customer",
    )
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=150)
    birth_date = models.DateField(null=True, blank=True)
    phone = models.CharField(max_length=32, blank=True)
    last_login_ip = models.GenericIPAddressField(null=True, blank=True)
    loyalty_points = models.PositiveBigIntegerField(default=0)
    preferred_contact_time = models.TimeField(null=True, blank=True)
    preferences = models.JSONField(default=dict, blank=True)
    notes = models.TextField(blank=True)
    newsletter = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    def __str__(self):
        return self.full_name


class Order(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        PAID = "paid", "Paid"
        SHIPPED = "shipped", "Shipped"
        CANCELLED = "cancelled", "Cancelled"

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="orders"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    placed_at = models.DateTimeField()
    shipped_at = models.DateTimeField(null=True, blank=True)
    delivery_window = models.DurationField(null=True, blank=True)
    shipping_address = models.TextField(blank=True)
    total = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    client_ip = models.GenericIPAddressField(null=True, blank=True)
    metadata = models.JSONField(null=True, blank=True)
    priority = models.SmallIntegerField(default=0)
    is_gift = models.BooleanField(default=False)

    class Meta:
        ordering = ["-placed_at"]

    def __str__(self):
        return f"Order {self.pk}"


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    line_no = models.PositiveSmallIntegerField()
    product = models.ForeignKey(
        Product, on_delete=models.PROTECT, related_name="order_lines"
    )
    quantity = models.PositiveIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2)
    discount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["order", "line_no"]
        constraints = [
            models.UniqueConstraint(fields=["order", "line_no"], name="shop_orderline_order_line_no_uniq"),
        ]

    def __str__(self):
        return f"{self.order_id}/{self.line_no}"
