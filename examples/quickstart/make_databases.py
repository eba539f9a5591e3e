#!/usr/bin/python3
"""(Re)create the quickstart SQLite databases.

    /usr/bin/python3 examples/quickstart/make_databases.py

Writes, next to this script:

* shop.sqlite3  - the shopsite project, migrated and seeded with
                  deterministic data full of edge cases (source database).
* dest.sqlite3  - the same project, only migrated (destination database).
* schema.sql    - the schema of shop.sqlite3, for reading.

Both databases are deleted and recreated. The data is deterministic: a
fixed random seed, fixed datetimes, fixed password salts and a fixed clock
for session signing, so running the script twice yields identical rows.
"""

import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
SHOP_DB = HERE / "shop.sqlite3"
DEST_DB = HERE / "dest.sqlite3"
SCHEMA = HERE / "schema.sql"

UTC = dt.timezone.utc
BASE_TIME = dt.datetime(2024, 3, 1, 9, 0, 0, tzinfo=UTC)
SEED = 20240301


def remove_db(path):
    for suffix in ("", "-journal", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def migrate(db_path):
    """Run `manage.py migrate` in a fresh interpreter against db_path."""
    env = dict(os.environ, REX_QS_DB=str(db_path),
               DJANGO_SETTINGS_MODULE="shopsite.settings",
               PYTHONDONTWRITEBYTECODE="1")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=PROJECT, env=env, check=True,
    )


def finalize(db_path):
    con = sqlite3.connect(db_path)
    # `migrate` records the wall-clock time in django_migrations.applied;
    # pin it so the rows are identical on every run.
    with con:
        for (mid,) in con.execute("SELECT id FROM django_migrations ORDER BY id").fetchall():
            applied = str(BASE_TIME.replace(tzinfo=None) - dt.timedelta(hours=1)
                          + dt.timedelta(seconds=mid, microseconds=1000 * mid))
            con.execute("UPDATE django_migrations SET applied = ? WHERE id = ?", (applied, mid))
    mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    assert mode == "delete", mode
    con.execute("VACUUM")
    con.close()


def t(minutes=0, **kw):
    """A fixed point in time relative to BASE_TIME."""
    return BASE_TIME + dt.timedelta(minutes=minutes, **kw)


def seed():
    from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, Permission, User
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.db import transaction
    from django.db.models import Value

    from shop.models import Category, Customer, Order, OrderLine, Product, Tag

    rng = random.Random(SEED)

    def fixed_uuid(kind, n):
        return uuid.uuid5(uuid.NAMESPACE_URL, f"https://rex.example/quickstart/{kind}/{n}")

    with transaction.atomic():
        # ---------------------------------------------------------------- auth
        users = []
        for i, (username, first, last, staff, superuser) in enumerate([
            ("admin", "Ada", "Admin", True, True),
            ("manager", "Mía", "Núñez", True, False),
            ("zoë", "Zoë", "Ørsted", False, False),
            ("tanaka", "太郎", "田中", False, False),
        ]):
            u = User(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@example.com" if i != 2 else "",
                is_staff=staff,
                is_superuser=superuser,
                is_active=(i != 3),
                date_joined=t(-60 * 24 * (30 - i), microseconds=123456 * (i % 2)),
                last_login=None if i == 3 else t(60 * i, microseconds=654321),
                # fixed salt => identical hash on every run
                password=make_password(f"rex-{username}-pw", salt=f"fixedsalt{i:02d}rexqs"),
            )
            u.save()
            users.append(u)
        # an unusable password, deterministic too
        users[3].password = "!rex-unusable-password-fixed"
        users[3].save(update_fields=["password"])

        managers = Group.objects.create(name="Shop managers")
        managers.permissions.set(
            Permission.objects.filter(content_type__app_label="shop").order_by("id")
        )
        support = Group.objects.create(name="Support 🎧")
        support.permissions.set(
            Permission.objects.filter(codename__startswith="view_").order_by("id")
        )
        users[1].groups.add(managers, support)
        users[2].groups.add(support)
        users[2].user_permissions.add(Permission.objects.get(codename="change_order"))

        # ---------------------------------------------------------- categories
        # Created so that one category's parent has a *higher* id than itself
        # (forward reference in the self-FK) - see "Clearance" below.
        clearance = Category.objects.create(
            name="Clearance", slug="clearance", position=99,
            description="Last items.\nEverything must go!",
        )
        tree = [
            # (name, slug, parent slug, description)
            ("Electronics", "electronics", None, "Gadgets & gizmos"),
            ("Computers", "computers", "electronics", ""),
            ("Laptops", "laptops", "computers", "Portable computers"),
            ("Gaming laptops", "gaming-laptops", "laptops", "🎮 RGB everything"),
            ("Ultrabooks", "ultrabooks", "laptops", ""),
            ("Phones", "phones", "electronics", "Smartphones — and dumbphones"),
            ("Home & Garden", "home-garden", None, "Haus & Garten"),
            ("Kitchen", "kitchen", "home-garden", "台所用品"),
            ("Tea", "tea", "kitchen", "お茶 / 茶 / 차"),
            ("Books", "books", None, ""),
            ("Science fiction", "sci-fi", "books", "🚀👽"),
            ("Café", "cafe", None, "Crème brûlée, naïve façade"),
            ("Outlet", "outlet", None, "Quote: 'single' \"double\" back\\slash\ttab"),
        ]
        cats = {}
        for pos, (name, slug, parent, desc) in enumerate(tree):
            cats[slug] = Category.objects.create(
                name=name, slug=slug, parent=cats.get(parent), description=desc,
                position=pos, is_active=(slug != "outlet"),
            )
        clearance.parent = cats["outlet"]          # parent id > child id
        clearance.save(update_fields=["parent"])
        Category.objects.create(name="Max position", slug="max-position",
                                parent=cats["outlet"], position=32767)
        cats["clearance"] = clearance
        leaf_slugs = ["gaming-laptops", "ultrabooks", "phones", "tea", "sci-fi",
                      "cafe", "clearance", "kitchen", "books"]

        # ---------------------------------------------------------------- tags
        tag_specs = [
            ("new", "#00ff00"), ("sale", "#ff0000"), ("bestseller", "#ffd700"),
            ("eco", "#228b22"), ("limited", ""), ("gift", "#ff69b4"),
            ("日本製", "#bc002d"), ("🔥 hot", "#ff4500"), ("refurbished", ""),
            ("bundle", "#123abc"), ("clearance", "#000000"), ("Ünïcödé", "#abcdef"),
        ]
        tags = [Tag.objects.create(name=n, color=c) for n, c in tag_specs]

        # ------------------------------------------------------------ products
        adjectives = ["Compact", "Deluxe", "Classic", "Smart", "Eco", "Pro",
                      "Mini", "Ultra", "Vintage", "Quiet"]
        nouns = ["Kettle", "Laptop", "Phone", "Novel", "Teapot", "Grinder",
                 "Charger", "Lamp", "Mug", "Backpack"]
        products = []
        for i in range(60):
            name = f"{rng.choice(adjectives)} {rng.choice(nouns)} {i + 1:03d}"
            products.append(Product(
                sku=fixed_uuid("product", i),
                name=name,
                slug=name.lower().replace(" ", "-"),
                category=cats[leaf_slugs[i % len(leaf_slugs)]],
                description=f"Item number {i + 1}. " * rng.randint(0, 3),
                price=Decimal(rng.randint(100, 250000)) / 100,
                weight_kg=round(rng.uniform(0.05, 25.0), 3) if i % 7 else None,
                stock=rng.randint(0, 500),
                reorder_level=rng.randint(0, 50),
                units_sold=rng.randint(0, 10 ** 6),
                view_count=rng.randint(0, 10 ** 6),
                attributes={"color": rng.choice(["red", "green", "blue"]),
                            "sizes": [rng.randint(1, 5) for _ in range(rng.randint(0, 3))]},
                thumbnail=bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) if i % 5 else None,
                homepage=f"https://shop.example.com/p/{i + 1}" if i % 3 else "",
                launched_on=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 1500)) if i % 4 else None,
                created_at=t(-rng.randint(0, 10 ** 6), seconds=rng.randint(0, 59),
                             microseconds=rng.choice([0, rng.randint(1, 999999)])),
                is_published=bool(i % 6),
            ))
        # Hand-written edge-case products.
        products += [
            Product(
                sku=uuid.UUID("00000000-0000-0000-0000-000000000000"),
                name="", slug="", category=cats["clearance"], description="",
                price=Decimal("0.01"), weight_kg=0.1,
                stock=-2147483648, reorder_level=-32768,
                units_sold=-9223372036854775808, view_count=0,
                attributes={}, thumbnail=b"", homepage="",
                launched_on=dt.date(1, 1, 1),
                created_at=dt.datetime(2000, 1, 1, 0, 0, 0, 0, tzinfo=UTC),
                is_published=False,
            ),
            Product(
                sku=uuid.UUID("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                name="Ultimate Everything 🛒🦄 究極の商品", slug="ultimate-everything",
                category=cats["gaming-laptops"],
                description="Multi-line\nwith \"quotes\", 'apostrophes', back\\slashes,"
                            "\ttabs, \u200bzero-width space, RTL עברית العربية, "
                            "combining e\u0301, astral 𝄞𠜎😀.",
                price=Decimal("9999999999.99"), weight_kg=-1e300,
                stock=2147483647, reorder_level=32767,
                units_sold=9223372036854775807, view_count=2147483647,
                attributes={
                    "nested": {"a": {"b": {"c": [1, 2, {"d": None}]}}},
                    "unicode": "日本語 😀 ñ",
                    "list": [1, "two", 3.5, True, False, None, [], {}],
                    "null": None,
                    "big_int": 9223372036854775807,
                    "bigger_int": 123456789012345678901234567890,
                    "beyond_float": 9007199254740993,
                    "float": 0.1,
                    "empty_string": "",
                    "escapes": "quote\" backslash\\ newline\n tab\t nul\u0000",
                },
                thumbnail=b"\x00\x01\x02\x00\xff\xfe\x00" + bytes(range(256)) + b"\x00",
                homepage="https://例え.テスト/パス?q=☃&x=1#frag",
                launched_on=dt.date(9999, 12, 31),
                created_at=dt.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
                is_published=True,
            ),
            Product(
                sku=uuid.UUID("12345678-1234-5678-1234-567812345678"),
                name="Refund voucher", slug="refund-voucher", category=cats["outlet"],
                price=Decimal("-5.50"), weight_kg=1e-300, stock=0, reorder_level=0,
                units_sold=0, view_count=4294967295 // 2,
                attributes=["a", "JSON", "array", "at", "top", "level"],
                thumbnail=b"\x00" * 32, homepage="http://localhost:8000/",
                launched_on=dt.date(1, 1, 2),
                created_at=dt.datetime(2024, 1, 1, 12, 0, 0, 123456, tzinfo=UTC),
                is_published=True,
            ),
            Product(
                sku=fixed_uuid("product", "json-scalar"),
                name="Gift card", slug="gift-card", category=cats["outlet"],
                price=Decimal("0.00"), weight_kg=0.0, attributes="just a JSON string",
                thumbnail=None, created_at=t(0), is_published=True,
            ),
            Product(
                sku=fixed_uuid("product", "json-number"),
                name="Sample pack", slug="sample-pack", category=cats["tea"],
                price=Decimal("12.30"), weight_kg=123.456, attributes=42,
                created_at=t(1, microseconds=1), launched_on=dt.date(9999, 12, 30),
            ),
        ]
        for p in products:
            p.save()

        # Product <-> Tag (auto through table shop_product_tags)
        for i, p in enumerate(products[:60]):
            p.tags.set(rng.sample(tags, rng.randint(0, 4)))
        products[61].tags.set(tags)                   # every tag
        products[62].tags.set([tags[1], tags[10]])

        # ----------------------------------------------------------- customers
        first_names = ["Alice", "Bob", "Chloé", "Dmitri", "Eun-ji", "Fatima",
                       "Giovanni", "Hana", "Ivan", "Jürgen", "Kofi", "Lin",
                       "Mateo", "Noor", "Olga", "Priya", "Quentin", "Rosa"]
        last_names = ["Smith", "O'Brien", "Müller", "Kowalski", "Nguyễn",
                      "García", "Ivanova", "Kim", "Rossi", "Dubois"]
        ipv4 = ["192.168.0.1", "10.0.0.255", "0.0.0.0", "255.255.255.255", "127.0.0.1"]
        ipv6 = ["2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
                "2001:db8:85a3::8a2e:370:7334", "::ffff:10.0.0.1"]
        customers = []
        for i in range(30):
            fn, ln = rng.choice(first_names), rng.choice(last_names)
            customers.append(Customer(
                email=f"customer{i:02d}@example.com",
                full_name=f"{fn} {ln}",
                birth_date=dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000)) if i % 4 else None,
                phone=f"+1-555-{rng.randint(0, 9999):04d}" if i % 3 else "",
                last_login_ip=(ipv4 + ipv6)[i % 10] if i % 6 else None,
                loyalty_points=rng.randint(0, 100000),
                preferred_contact_time=dt.time(rng.randint(8, 20), rng.choice([0, 15, 30, 45])) if i % 2 else None,
                preferences={"lang": rng.choice(["en", "de", "ja", "fr"]), "sms": bool(i % 2)},
                notes="" if i % 5 else f"VIP since {2010 + i}",
                newsletter=bool(i % 3 == 0),
                created_at=t(-rng.randint(10 ** 5, 10 ** 6), microseconds=rng.choice([0, 500000, 123456])),
            ))
        customers += [
            Customer(
                user=users[2], email="zoë@例え.jp", full_name="Zoë 😀 Ørsted-山田",
                birth_date=dt.date(1, 1, 1), phone="",
                last_login_ip="2001:db8:0:0:0:0:2:1",  # stored normalized
                loyalty_points=9223372036854775807,
                preferred_contact_time=dt.time(23, 59, 59, 999999),
                preferences={"nested": {"deep": [None, {"x": "ÿ"}]}, "emoji": "🐍"},
                notes="Line 1\r\nLine 2\nLine 3 — ends with spaces   ",
                newsletter=True, created_at=dt.datetime(1970, 1, 1, tzinfo=UTC),
            ),
            Customer(
                user=users[3], email="tanaka@example.jp", full_name="田中 太郎",
                birth_date=dt.date(9999, 12, 31), last_login_ip="::",
                loyalty_points=0, preferred_contact_time=dt.time(0, 0, 0),
                preferences={}, created_at=dt.datetime(2024, 2, 29, 12, 0, 0, 1, tzinfo=UTC),
            ),
            Customer(
                user=users[1], email="manager@example.com", full_name="Mía Núñez",
                last_login_ip="255.255.255.255", loyalty_points=1,
                preferred_contact_time=dt.time(12, 30, 15, 123456),
                preferences=[1, 2, 3], created_at=t(0, microseconds=123456),
            ),
        ]
        for c in customers:
            c.save()

        # -------------------------------------------------------------- orders
        statuses = [s for s, _ in Order.Status.choices]
        durations = [None, dt.timedelta(hours=2), dt.timedelta(days=1, hours=4),
                     dt.timedelta(minutes=90, seconds=30, microseconds=250000)]
        line_count = 0
        for i in range(60):
            cust = customers[rng.randrange(len(customers))]
            placed = t(-rng.randint(0, 500000), seconds=rng.randint(0, 59),
                       microseconds=rng.choice([0, 0, rng.randint(1, 999999)]))
            status = statuses[i % len(statuses)]
            o = Order(
                reference=fixed_uuid("order", i),
                customer=cust,
                status=status,
                placed_at=placed,
                shipped_at=placed + dt.timedelta(days=rng.randint(1, 5)) if status == "shipped" else None,
                delivery_window=durations[i % len(durations)],
                shipping_address=f"{rng.randint(1, 999)} Main St\nSpringfield" if i % 5 else "",
                client_ip=(ipv4 + ipv6)[rng.randrange(10)] if i % 4 else None,
                metadata=None if i % 3 == 0 else {"source": rng.choice(["web", "app", "phone"]),
                                                  "coupon": None if i % 2 else f"SAVE{i}"},
                priority=rng.randint(-5, 5),
                is_gift=(i % 7 == 0),
            )
            o.save()
            total = Decimal("0")
            for ln in range(1, rng.randint(1, 5) + 1):
                prod = products[rng.randrange(60)]
                qty = rng.randint(1, 4)
                disc = rng.choice([None, Decimal("0.00"), Decimal("1.50")])
                OrderLine.objects.create(order=o, line_no=ln, product=prod, quantity=qty,
                                         unit_price=prod.price, discount=disc,
                                         note="" if ln % 2 else "gift wrap 🎁")
                total += prod.price * qty - (disc or 0)
                line_count += 1
            o.total = total
            o.save(update_fields=["total"])

        # Hand-written edge-case orders.
        edge_orders = [
            dict(reference=uuid.UUID("00000000-0000-0000-0000-000000000001"),
                 customer=customers[30], status="shipped",
                 placed_at=dt.datetime(1, 1, 1, 0, 0, 0, tzinfo=UTC),
                 shipped_at=dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                 delivery_window=dt.timedelta(days=-3, microseconds=5),
                 shipping_address="Ørstedsvej 1\n北京市 🏠", total=Decimal("9999999999.99"),
                 client_ip="2001:db8::ff00:42:8329",
                 metadata={"nested": {"list": [1, [2, [3, [None]]]]}, "uni": "ßœ∑😀",
                           "big": 9223372036854775807, "neg": -9223372036854775808},
                 priority=-32768, is_gift=True),
            dict(reference=uuid.UUID("00000000-0000-0000-0000-000000000002"),
                 customer=customers[31], status="new",
                 placed_at=dt.datetime(2024, 2, 29, 23, 59, 59, 123456, tzinfo=UTC),
                 delivery_window=dt.timedelta(days=999999),
                 total=Decimal("-5.50"), client_ip="0.0.0.0",
                 metadata=Value("null"),   # JSON null (not SQL NULL)
                 priority=32767),
            dict(reference=uuid.UUID("00000000-0000-0000-0000-000000000003"),
                 customer=customers[32], status="cancelled",
                 placed_at=dt.datetime(2024, 3, 1, 0, 0, 0, tzinfo=UTC),
                 delivery_window=dt.timedelta(0), total=Decimal("0.01"),
                 client_ip="::1", metadata=[], priority=0),
            dict(reference=uuid.UUID("00000000-0000-0000-0000-000000000004"),
                 customer=customers[32], status="paid",
                 placed_at=dt.datetime(2024, 3, 1, 0, 0, 0, 1, tzinfo=UTC),
                 delivery_window=dt.timedelta(microseconds=-1), total=Decimal("0.00"),
                 client_ip=None, metadata={"": "empty key", "a.b": {"c\"d": "e"}}, priority=1),
        ]
        for spec in edge_orders:
            o = Order.objects.create(**spec)
            OrderLine.objects.create(order=o, line_no=1, product=products[61], quantity=4294967295 // 2,
                                     unit_price=Decimal("9999999999.99"), discount=Decimal("-5.50"),
                                     note="édge 🧪")
            OrderLine.objects.create(order=o, line_no=32767, product=products[60], quantity=0,
                                     unit_price=Decimal("0.01"), discount=None, note="")

        # ------------------------------------------------------ admin log etc.
        ct = ContentType.objects.get_for_model
        log = [
            (users[0], Category, cats["electronics"], ADDITION, '[{"added": {}}]'),
            (users[0], Product, products[61], ADDITION, '[{"added": {}}]'),
            (users[1], Product, products[0], CHANGE,
             '[{"changed": {"fields": ["Price", "Stock"]}}]'),
            (users[1], Order, Order.objects.order_by("id").first(), CHANGE,
             '[{"changed": {"fields": ["Status"]}}]'),
            (users[0], Tag, tags[7], CHANGE, "Renamed to 🔥 hot"),
            (users[0], Customer, None, DELETION, ""),
        ]
        for n, (user, model, obj, flag, msg) in enumerate(log):
            LogEntry.objects.create(
                action_time=t(30 * n, microseconds=111111 * n),
                user=user,
                content_type=ct(model),
                object_id=str(obj.pk) if obj is not None else "9999",
                object_repr=str(obj)[:200] if obj is not None else "Deleted customer",
                action_flag=flag,
                change_message=msg,
            )

        # Sessions: signed with a frozen clock so session_data is deterministic.
        with mock.patch("django.core.signing.time.time", return_value=1709283600.0):
            store = SessionStore()
            for key, data, expires in [
                ("rexquickstartsession0000000000001",
                 {"_auth_user_id": str(users[0].pk),
                  "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                  "_auth_user_hash": users[0].get_session_auth_hash(),
                  "cart": [products[0].pk, products[61].pk]},
                 dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC)),  # still valid
                ("rexquickstartsession0000000000002",
                 {"cart": [], "lang": "日本語", "note": "😀"},
                 dt.datetime(2024, 3, 15, 9, 0, 0, 500000, tzinfo=UTC)),
            ]:
                Session.objects.create(session_key=key, session_data=store.encode(data),
                                       expire_date=expires)


def write_schema():
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", str(SHOP_DB), ".schema"], check=True,
                             capture_output=True, text=True).stdout
    else:  # close approximation without the CLI
        con = sqlite3.connect(SHOP_DB)
        rows = con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                           "AND name NOT LIKE 'sqlite_autoindex%' ORDER BY rowid").fetchall()
        con.close()
        out = "".join(r[0] + ";\n" for r in rows)
    SCHEMA.write_text(out)


def main():
    sys.dont_write_bytecode = True
    for db in (SHOP_DB, DEST_DB):
        remove_db(db)
        migrate(db)

    os.environ["REX_QS_DB"] = str(SHOP_DB)
    os.environ["DJANGO_SETTINGS_MODULE"] = "shopsite.settings"
    sys.path.insert(0, str(PROJECT))
    import django
    django.setup()
    seed()
    from django.db import connection
    connection.close()

    for db in (SHOP_DB, DEST_DB):
        finalize(db)
    write_schema()
    print(f"wrote {SHOP_DB.name}, {DEST_DB.name}, {SCHEMA.name} (Django {django.get_version()})")


if __name__ == "__main__":
    main()
