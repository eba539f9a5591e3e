#!/usr/bin/python3
"""(Re)create the rex fidelity fixtures with Django itself.

    /usr/bin/python3 examples/fidelity/make_fixture.py [sqlite] [postgres] [mysql]

For each engine (all three when none is named) this script

1. creates a fresh source database, runs `manage.py migrate` with the source
   settings and seeds deterministic data full of edge cases;
2. creates a fresh destination database and runs `migrate` with the
   destination settings (other app order => other content type ids);
3. pins django_migrations.applied, resets sequences, and writes the artifacts
   next to this script:
       sqlite:   fixture.sqlite3        dest.sqlite3
       postgres: fixture.postgres.sql   dest.postgres.sql   (pg_dump)
       mysql:    fixture.mysql.sql      dest.mysql.sql      (mariadb-dump)
4. loads every artifact into another fresh database and checks, through
   Django, that every row of every model reads back identical to what was
   written;
5. drops every database it created (all named rex_fixture_*).

Servers: PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and MariaDB or
MySQL at 127.0.0.1:3306 (root, no password). Needs Debian's python3-django
(3.2), python3-psycopg2, python3-mysqldb, pg_dump/psql and
mariadb-dump/mariadb (or mysqldump/mysql).
"""

import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
ENGINES = ("sqlite", "postgres", "mysql")
SOURCE_SETTINGS = "fidelitysite.settings"
DEST_SETTINGS = "fidelitysite.settings_dest"

UTC = dt.timezone.utc
# django_migrations.applied is pinned to APPLIED_BASE + id seconds.
APPLIED_BASE = dt.datetime(2024, 1, 1, 8, 0, 0, tzinfo=UTC)
SEED = 20240101
PG = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
MY = ["-h", "127.0.0.1", "-P", "3306", "-u", "root"]
# pg_dump >= 15.14 writes \restrict KEY ... \unrestrict KEY with a random key;
# a fixed key keeps the dump byte-for-byte reproducible.
PG_RESTRICT_KEY = "rexfidelityfixture"


def tool(*names):
    for name in names:
        if shutil.which(name):
            return name
    sys.exit(f"make_fixture: none of {', '.join(names)} is installed")


# --------------------------------------------------------------------------
# Server databases
# --------------------------------------------------------------------------

def run(cmd, **kw):
    kw.setdefault("check", True)
    return subprocess.run(cmd, **kw)


def create_db(engine, name):
    if engine == "postgres":
        run(["psql", *PG, "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c",
             f'DROP DATABASE IF EXISTS "{name}"'], stderr=subprocess.DEVNULL)
        run(["psql", *PG, "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c",
             f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"])
    elif engine == "mysql":
        run([tool("mariadb", "mysql"), *MY, "-e",
             f"DROP DATABASE IF EXISTS `{name}`; CREATE DATABASE `{name}` "
             "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"])


def drop_db(engine, name):
    if engine == "postgres":
        run(["psql", *PG, "-q", "-d", "postgres", "-c",
             f'DROP DATABASE IF EXISTS "{name}"'], check=False)
    elif engine == "mysql":
        run([tool("mariadb", "mysql"), *MY, "-e", f"DROP DATABASE IF EXISTS `{name}`"],
            check=False)
    else:
        remove_sqlite(Path(name))


def remove_sqlite(path):
    for suffix in ("", "-journal", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def dump(engine, name, out):
    """Write the artifact of database `name` to `out`."""
    if engine == "sqlite":
        con = sqlite3.connect(name)
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        assert mode == "delete", mode
        con.execute("VACUUM")
        con.close()
        shutil.copyfile(name, out)
    elif engine == "postgres":
        env = dict(os.environ, PGTZ="UTC")
        args = ["pg_dump", *PG, "--no-owner", "--no-privileges", "--encoding=UTF8"]
        if "--restrict-key" in run(["pg_dump", "--help"], capture_output=True,
                                   text=True).stdout:
            args.append(f"--restrict-key={PG_RESTRICT_KEY}")
        with open(out, "wb") as f:
            run([*args, name], stdout=f, env=env)
    else:
        text = run([tool("mariadb-dump", "mysqldump"), *MY, "--skip-comments",
                    "--single-transaction", "--hex-blob", "--default-character-set=utf8mb4",
                    "--skip-dump-date", name], capture_output=True).stdout
        # MariaDB >= 10.11.8 starts with "/*M!999999\- enable the sandbox
        # mode */", a client-only marker other loaders choke on.
        lines = text.split(b"\n")
        if lines and lines[0].startswith(b"/*M!999999"):
            lines = lines[1:]
        Path(out).write_bytes(b"\n".join(lines))


def load(engine, artifact, name):
    """Recreate database `name` from `artifact`, without Python's help."""
    if engine == "sqlite":
        shutil.copyfile(artifact, name)
    elif engine == "postgres":
        run(["psql", *PG, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-d", name, "-f", str(artifact)],
            stdout=subprocess.DEVNULL)
    else:
        with open(artifact, "rb") as f:
            run([tool("mariadb", "mysql"), *MY, name], stdin=f)


# --------------------------------------------------------------------------
# Django in child processes (settings can be configured once per process)
# --------------------------------------------------------------------------

def django_env(engine, name, settings):
    return dict(os.environ, REX_FX_ENGINE=engine, REX_FX_DB=str(name),
                DJANGO_SETTINGS_MODULE=settings, PYTHONDONTWRITEBYTECODE="1",
                PYTHONPATH=str(PROJECT))


def manage(engine, name, settings, *args):
    run([sys.executable, "manage.py", *args], cwd=PROJECT,
        env=django_env(engine, name, settings))


def child(engine, name, settings, action):
    """Run this script's `action` in a Django child; return its snapshot."""
    with tempfile.NamedTemporaryFile(suffix=".json") as snap:
        run([sys.executable, __file__, "--child", action, snap.name],
            env=django_env(engine, name, settings))
        return json.loads(Path(snap.name).read_text())


def child_main(action, snap_path):
    import django
    django.setup()
    from django.db import connection
    if action == "seed":
        seed(connection.vendor)
    if action in ("seed", "pin"):
        pin(connection)
    Path(snap_path).write_text(json.dumps(snapshot()))
    connection.close()


def pin(connection):
    """Make the rows `migrate` writes reproducible and sequences current."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db.migrations.recorder import MigrationRecorder

    Migration = MigrationRecorder(connection).Migration
    for mid in Migration.objects.order_by("id").values_list("id", flat=True):
        Migration.objects.filter(id=mid).update(
            applied=APPLIED_BASE + dt.timedelta(seconds=mid, microseconds=1000 * mid))
    if connection.vendor == "postgresql":
        # What `manage.py sqlsequencereset` does, for every app.
        models = [m for m in apps.get_models(include_auto_created=True)] + [Migration]
        with connection.cursor() as cur:
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cur.execute(sql)


def snapshot():
    """Every row of every table, read through the ORM, as comparable text."""
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.recorder import MigrationRecorder

    def show(v):
        if isinstance(v, memoryview):
            v = bytes(v)
        return repr(v)

    models = list(apps.get_models(include_auto_created=True))
    models.append(MigrationRecorder(connection).Migration)
    out = {}
    for model in sorted(models, key=lambda m: m._meta.db_table):
        names = [f.attname for f in model._meta.concrete_fields]
        rows = model.objects.order_by("pk").values_list(*names)
        out[model._meta.db_table] = [[show(v) for v in row] for row in rows]
        list(model.objects.all())  # full instances too: every from_db_value runs
    # Resolve every generic relation.
    from allfields.models import Comment
    from django.contrib.admin.models import LogEntry
    for c in Comment.objects.all():
        assert c.content_object is not None, c.pk
    for e in LogEntry.objects.exclude(object_id="999999"):
        assert e.get_edited_object() is not None, e.pk
    return out


# --------------------------------------------------------------------------
# The data
# --------------------------------------------------------------------------

def fixed_uuid(kind, n):
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://rex.example/fidelity/{kind}/{n}")


def seed(vendor):
    """Seed the source database. `vendor` is Django's connection.vendor."""
    from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group, Permission, User
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import Value

    from allfields.models import (Author, BigAuto, Book, Club, Comment, Country, Everything,
                                  Item, Member, Membership, Node, Place, Profile, Restaurant,
                                  SmallAuto, Tag, UUIDKeyed)

    rng = random.Random(SEED)
    I16, I32, I64 = 2 ** 15, 2 ** 31, 2 ** 63

    with transaction.atomic():
        # ------------------------------------------------------------ auth
        users = []
        for i, (username, first, last, staff) in enumerate([
            ("admin", "Ada", "Admin", True),
            ("mía", "Mía", "Núñez", True),
            ("田中", "太郎", "田中", False),
            ("noor", "نور", "الهدى", False),
        ]):
            users.append(User.objects.create(
                username=username, first_name=first, last_name=last,
                email=f"user{i}@example.com" if i != 2 else "",
                is_staff=staff, is_superuser=(i == 0), is_active=(i != 3),
                date_joined=dt.datetime(2020, 1, 1 + i, 12, 0, 0, 123456 * i, tzinfo=UTC),
                last_login=None if i == 3 else dt.datetime(2024, 1, 1, 9, i, tzinfo=UTC),
                password=make_password(f"rex-{i}-pw", salt=f"rexfidelitysalt{i:02d}"),
            ))
        users[3].password = "!rex-fidelity-unusable-password"
        users[3].save(update_fields=["password"])
        editors = Group.objects.create(name="Editors")
        editors.permissions.set(Permission.objects.filter(
            content_type__app_label="allfields", codename__startswith="change_").order_by("id"))
        viewers = Group.objects.create(name="Viewers 👀")
        viewers.permissions.set(Permission.objects.filter(
            codename__startswith="view_").order_by("id"))
        users[1].groups.add(editors, viewers)
        users[2].groups.add(viewers)
        users[2].user_permissions.add(
            Permission.objects.get(codename="delete_item"),
            Permission.objects.get(codename="add_logentry"),
            Permission.objects.get(codename="change_user"))

        # ------------------------------------------------------ Everything
        def ev(label, **kw):
            return Everything.objects.create(label=label, **kw)

        ev("all null or empty")                                # every nullable NULL
        ev("booleans", boolean=True, boolean_null=False)
        ev("boolean null true", boolean_null=True, order=-1)
        ev("ints min", integer=-I32, big_integer=-I64, small_integer=-I16,
           positive_integer=0, positive_small_integer=0, positive_big_integer=0, order=-I32)
        ev("ints max", integer=I32 - 1, big_integer=I64 - 1, small_integer=I16 - 1,
           positive_integer=I32 - 1, positive_small_integer=I16 - 1,
           positive_big_integer=I64 - 1, order=I32 - 1)
        ev("ints zero and one", integer=0, big_integer=1, small_integer=-1,
           positive_integer=1, positive_small_integer=1, positive_big_integer=1)
        ev("ints beyond float53", big_integer=2 ** 53 + 1, positive_big_integer=2 ** 53 + 1,
           integer=-1)
        decimals = [
            ("12345678901234567890.1234567890", "999.99"),
            ("-12345678901234567890.1234567890", "-999.99"),
            ("-0.0000000001", "-0.01"),
            ("0.0000000001", "0.10"),
            ("0", "0.00"),
            ("1.5", "123.40"),
            ("-42", "-5.5"),
        ]
        # SQLite keeps decimals as REAL (15-17 significant digits): the
        # 12345678901234567890.1234567890 rows come back rounded there.
        for i, (d30, d5) in enumerate(decimals):
            ev(f"decimal {i}", decimal_30_10=Decimal(d30), decimal_5_2=Decimal(d5))
        floats = [0.1, -1e300, 5e-324, 1.7976931348623157e308, -2.2250738585072014e-308,
                  0.0, 1 / 3, 1e-7, 123456789.123456789, -1.0, 2.0 ** 53]
        for i, f in enumerate(floats):
            ev(f"float {i} {f!r}", float=f)
        strings = [
            ("empty vs null", "", None),
            ("emoji", "emoji 😀🦄🎉 and a flag 🇯🇵", "👨‍👩‍👧‍👦 (ZWJ family)"),
            ("astral", "𠜎𝄞𝕏 4-byte", "𠀀𪛖"),
            ("cjk", "漢字 かな カナ 한국어 中文", "全角スペース　終わり"),
            ("rtl", "עברית العربية فارسی", "\u202eRTL override\u202c"),
            ("combining", "e\u0301 vs \u00e9, Zoë, ñ", "\u200bzero\u200dwidth\ufeff"),
            ("quotes", "'single' \"double\" `back` \\ backslash", "\\N \\\\N NULL null"),
            ("whitespace", "tab\tnew\nline\r\nCRLF", "  leading and trailing  "),
            ("sql", "'); DROP TABLE allfields_everything; --", "%s %% ? $1 :name"),
            ("max length", "😀" * 255, "x" * 255),
            ("long text", "", "Lorem ipsum ☃ " * 5000),
        ]
        for label, s, t in strings:
            ev(f"string {label}", char=s[:255], char_null=(t[:255] if t is not None else None),
               text=s, text_null=t, camel=label[:20])
        ev("web strings", slug="a-slug_with-123", email="zoë@例え.jp",
           url="https://例え.テスト/パス?q=☃&x=1#frag", file="uploads/2024/report 😀.pdf",
           file_path="/srv/rex/a file.txt", camel="MiXeD")
        ev("web strings ascii", slug="x" * 80, email="a.b+c@example.com",
           url="http://localhost:8000/", file="uploads/2024/a.txt", file_path="/srv/rex/b.txt")
        for i, blob in enumerate([b"", b"\x00", bytes(range(256)), b"\x00" * 100,
                                  b"\\x00 not hex", bytes(rng.randrange(256) for _ in range(70000))]):
            ev(f"binary {i}", binary=blob)
        for i, d in enumerate([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1970, 1, 1),
                               dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date(1582, 10, 10)]):
            ev(f"date {d.isoformat()}", date=d)
        ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
        moments = [
            dt.datetime(1, 1, 1, 0, 0, 0, tzinfo=UTC),
            dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
            dt.datetime(1970, 1, 1, tzinfo=UTC),
            dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
            # Europe/Paris springs forward at 01:00 UTC and falls back at 01:00 UTC.
            dt.datetime(2021, 3, 28, 0, 59, 59, 999999, tzinfo=UTC),
            dt.datetime(2021, 3, 28, 1, 0, 0, tzinfo=UTC),
            dt.datetime(2021, 3, 28, 1, 59, 59, 999999, tzinfo=UTC),
            dt.datetime(2021, 3, 28, 2, 0, 0, tzinfo=UTC),
            dt.datetime(2021, 10, 31, 0, 30, 0, tzinfo=UTC),
            dt.datetime(2021, 10, 31, 1, 30, 0, tzinfo=UTC),
            dt.datetime(2021, 3, 14, 7, 0, 0, 1, tzinfo=UTC),        # US spring forward
            dt.datetime(2024, 2, 29, 12, 0, 0, 1, tzinfo=ist),      # not UTC on input
        ]
        for i, m in enumerate(moments):
            ev(f"datetime {i} {m.isoformat()}", datetime=m)
        for t in [dt.time(0, 0), dt.time(23, 59, 59, 999999), dt.time(12, 0, 0, 1),
                  dt.time(13, 37)]:
            ev(f"time {t.isoformat()}", time=t)
        for i, d in enumerate([dt.timedelta(days=-3, microseconds=5), dt.timedelta(microseconds=1),
                               dt.timedelta(microseconds=-1), dt.timedelta(0),
                               dt.timedelta(days=999999), dt.timedelta(hours=25),
                               dt.timedelta(days=1, seconds=1, microseconds=1),
                               dt.timedelta(days=-999999)]):
            ev(f"duration {i} {d!r}", duration=d)
        for u in [uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1), fixed_uuid("everything", 1),
                  uuid.UUID("12345678-1234-5678-1234-567812345678")]:
            ev(f"uuid {u}", uuid=u)
        docs = [
            ("object", {"a": 1, "nested": {"b": [1, 2, {"c": None}]}}),
            ("array", [1, "two", 3.5, True, False, None, [], {}]),
            ("string", "just a string ☃"),
            ("number", 42),
            ("true", True),
            ("empty object", {}),
            ("empty array", []),
            ("unicode", {"日本語": "😀 𠜎 ñ", "rtl": "עברית", "": "empty key"}),
            ("big numbers", {"i63": 2 ** 63, "neg63": -(2 ** 63), "i64": 2 ** 64,
                             "huge": 123456789012345678901234567890, "f": 0.1,
                             "beyond_float53": 9007199254740993, "as_string": "1e400"}),
            ("escapes", {"q": "quote\" backslash\\ newline\n tab\t", "ls": "\u2028\u2029",
                         "k\"ey": "v"}),
            ("deep", {"l1": {"l2": {"l3": {"l4": {"l5": [[[[["deep"]]]]]}}}}}),
        ]
        for label, doc in docs:
            ev(f"json {label}", json=doc)
        ev("json null", json=Value("null"))                   # JSON null, not SQL NULL
        for i, (ip, ipv4) in enumerate([
            ("192.0.2.1", "192.0.2.1"), ("0.0.0.0", "0.0.0.0"),
            ("255.255.255.255", "255.255.255.255"), ("::1", "127.0.0.1"), ("::", None),
            ("2001:db8::1", None), ("::ffff:192.0.2.1", None),
            ("fe80::1ff:fe23:4567:890a", None), ("2001:0db8:0000:0000:0000:0000:0002:0001", None),
        ]):
            ev(f"ip {i} {ip}", ip=ip, ipv4=ipv4)
        # One row with everything set at once.
        full = ev("everything set", boolean=True, boolean_null=True, char="c", char_null="cn",
                  text="t", text_null="tn", slug="s", email="e@example.com",
                  url="https://example.com/", file="uploads/2024/f", file_path="/srv/rex/f",
                  integer=7, big_integer=8, small_integer=9, positive_integer=10,
                  positive_small_integer=11, positive_big_integer=12, float=13.5,
                  decimal_30_10=Decimal("14.0000000001"), decimal_5_2=Decimal("15.01"),
                  date=dt.date(2024, 1, 16), datetime=dt.datetime(2024, 1, 17, 18, 19, 20, 212223,
                                                                   tzinfo=UTC),
                  time=dt.time(21, 22, 23, 242526), duration=dt.timedelta(days=27, seconds=28),
                  uuid=fixed_uuid("everything", "full"), json={"k": [29]}, binary=b"\x1e\x00\x1f",
                  ip="2001:db8::30", ipv4="10.0.0.31", order=32, camel="Camel")
        # Rows only some engines can hold come last, so that every other row
        # has the same id on every engine.
        if vendor != "sqlite":
            # On SQLite this reads back as REAL 1e20, which Django 3.2 fails
            # to quantize to (30, 10).
            ev("decimal max", decimal_30_10=Decimal("99999999999999999999.9999999999"),
               decimal_5_2=Decimal("0.01"))
        if vendor == "postgresql":
            # MySQL/MariaDB reject inf and NaN; SQLite stores NaN as NULL.
            for f in [float("inf"), float("-inf"), float("nan")]:
                ev(f"float {f!r}", float=f)

        # -------------------------------------------------- auto field kinds
        for pk, value, label in [(1, 1, "one"), (2, -I64, "int64 min value"),
                                 (3, I64 - 1, "int64 max value"), (2 ** 32, 0, "id > uint32"),
                                 (2 ** 53 + 1, 53, "id > 2**53"), (I64 - 2, -1, "id = max - 1")]:
            BigAuto.objects.create(id=pk, value=value, label=label)
        # Explicit ids do not move a PostgreSQL sequence; catch it up the way
        # `loaddata` does before letting the database pick the next id.
        from django.core.management.color import no_style
        from django.db import connection
        with connection.cursor() as cur:
            for sql in connection.ops.sequence_reset_sql(no_style(), [BigAuto]):
                cur.execute(sql)
        BigAuto.objects.create(value=7, label="auto id after max-1 is max")
        for pk, value in [(-I16, -I16), (-1, -1), (1, 1), (2, I16 - 1), (I16 - 2, 0)]:
            SmallAuto.objects.create(id=pk, value=value, flag=(value >= 0))

        # ------------------------------------------------- keyed relations
        owners = [UUIDKeyed.objects.create(id=u, name=n) for u, n in [
            (uuid.UUID(int=0), "nil uuid"), (uuid.UUID(int=2 ** 128 - 1), "max uuid"),
            (fixed_uuid("owner", 1), "Ørsted A/S"), (fixed_uuid("owner", 2), "株式会社"),
            (fixed_uuid("owner", 3), "no items"),
        ]]
        countries = [Country.objects.create(code=c, name=n) for c, n in [
            ("DE", "Deutschland"), ("JP", "日本"), ("IL", "ישראל"), ("ÅL", "Åland"),
            ("US", "United States"),
        ]]
        tags = [Tag.objects.create(name=n) for n in [
            "new", "sale", "eco", "日本製", "🔥 hot", "Ünïcödé", "limited", "unused"]]
        items = []
        for i in range(20):
            item = Item.objects.create(
                sku=f"SKU-{i:04d}", owner=owners[i % 4],
                country=None if i % 6 == 5 else countries[i % 5])
            item.tags.set(rng.sample(tags[:7], rng.randint(0, 4)))
            items.append(item)
        items[0].tags.set(tags[:7])

        # ---------------------------------------------------------- tree
        late_parent = Node.objects.create(name="child of a later node")   # id 1
        nodes = {}
        for name, parent in [("root", None), ("a", "root"), ("b", "root"), ("a1", "a"),
                             ("a2", "a"), ("a1x", "a1"), ("a1x deep", "a1x"), ("b1", "b"),
                             ("second root", None), ("ünïcode 🌳", "second root")]:
            nodes[name] = Node.objects.create(name=name, parent=nodes.get(parent))
        late_parent.parent = nodes["ünïcode 🌳"]     # parent id > child id
        late_parent.save(update_fields=["parent"])
        loop = Node.objects.create(name="self loop")
        loop.parent = loop                             # parent is itself
        loop.save(update_fields=["parent"])
        nodes["a"].related.add(nodes["b"], nodes["second root"])   # symmetrical: 2 rows each
        nodes["a1x deep"].related.add(late_parent, loop)
        loop.related.add(loop)                                      # self-related

        # ---------------------------------------------------------- cycle
        authors = [Author.objects.create(name=n) for n in [
            "Ursula K. Le Guin", "Stanisław Lem", "村上春樹", "Ngũgĩ wa Thiong'o", "Anonymous"]]
        books = []
        for a, titles in zip(authors, [["The Dispossessed", "A Wizard of Earthsea"],
                                       ["Solaris", "Cyberiada"], ["ノルウェイの森"],
                                       ["Weep Not, Child", "Decolonising the Mind"], []]):
            books += [Book.objects.create(title=t, author=a) for t in titles]
        authors[0].favorite_book = books[3]       # a book by another author
        authors[1].favorite_book = books[2]       # its own book
        authors[2].favorite_book = books[4]
        authors[3].favorite_book = books[0]
        for a in authors[:4]:
            a.save(update_fields=["favorite_book"])   # authors[4]: NULL favorite

        # ------------------------------------------ one-to-one, inheritance
        for i, (name, pizza) in enumerate([("Plain place", None), ("Pizzeria 🍕", True),
                                           ("Sushi 寿司", False), ("Just a square", None),
                                           ("Trattoria", True)]):
            if pizza is None:
                Place.objects.create(name=name)
            else:
                Restaurant.objects.create(name=name, serves_pizza=pizza)
        Profile.objects.create(user=users[0], everything=full, bio="Administrator")
        Profile.objects.create(user=users[2], everything=None, bio="")
        Profile.objects.create(user=users[1],
                               everything=Everything.objects.get(label="ints max"),
                               bio="Line 1\nLine 2 🙂")

        # --------------------------------------------- explicit through M2M
        clubs = [Club.objects.create(name=n) for n in ["Chess ♟", "Go 囲碁", "Empty club"]]
        members = [Member.objects.create(name=n) for n in ["Ana", "Bo", "Chō", "Dov", "Eve"]]
        for ci, mi, joined, role in [(0, 0, dt.date(2001, 1, 1), "chair"),
                                     (0, 1, dt.date(2002, 2, 2), ""),
                                     (0, 2, dt.date(1, 1, 1), "founder"),
                                     (1, 2, dt.date(9999, 12, 31), "future"),
                                     (1, 3, dt.date(2020, 2, 29), "会員"),
                                     (1, 0, dt.date(2024, 1, 1), "")]:
            Membership.objects.create(club=clubs[ci], member=members[mi], joined=joined, role=role)

        # -------------------------------------------------- generic relations
        ct = ContentType.objects.get_for_model
        for obj, body in [(full, "on Everything"), (items[0], "on an Item"),
                          (items[0], "second on the same Item"), (items[19], "on the last Item"),
                          (nodes["root"], "on a Node"), (loop, "on the self loop"),
                          (books[4], "on a Book 📚"), (authors[2], "on an Author"),
                          (users[1], "on a User"), (editors, "on a Group"),
                          (Restaurant.objects.get(name="Trattoria"), "on a Restaurant"),
                          (Place.objects.get(name="Plain place"), "on a Place"),
                          (Everything.objects.get(label="ints min"), "")]:
            Comment.objects.create(content_type=ct(obj), object_id=obj.pk, body=body)

        # Admin log: a text object_id, pointing at a UUID pk and a char pk too.
        for n, (user, obj, flag, msg) in enumerate([
            (users[0], full, ADDITION, '[{"added": {}}]'),
            (users[0], owners[2], ADDITION, '[{"added": {}}]'),
            (users[1], countries[3], CHANGE, '[{"changed": {"fields": ["Name"]}}]'),
            (users[1], items[3], CHANGE, "Changed tags 🏷"),
            (users[0], users[3], CHANGE, '[{"changed": {"fields": ["Active"]}}]'),
            (users[0], None, DELETION, ""),
        ]):
            LogEntry.objects.create(
                action_time=dt.datetime(2024, 1, 2, 10, n, n, 111111 * n, tzinfo=UTC),
                user=user, content_type=ct(obj) if obj is not None else ct(Book),
                object_id=str(obj.pk) if obj is not None else "999999",
                object_repr=str(obj)[:200] if obj is not None else "Deleted book",
                action_flag=flag, change_message=msg)


# --------------------------------------------------------------------------
# Orchestration
# --------------------------------------------------------------------------

ARTIFACTS = {
    "sqlite": ("fixture.sqlite3", "dest.sqlite3"),
    "postgres": ("fixture.postgres.sql", "dest.postgres.sql"),
    "mysql": ("fixture.mysql.sql", "dest.mysql.sql"),
}


def build(engine, tmp):
    """Make, write and verify both artifacts of one engine."""
    made = []

    def new_db(role):
        name = f"rex_fixture_{role}_{os.getpid()}"
        if engine == "sqlite":
            name = str(Path(tmp) / f"{name}.sqlite3")
        made.append(name)
        create_db(engine, name)
        return name

    try:
        summary = {}
        for role, settings, action, artifact in [
            ("src", SOURCE_SETTINGS, "seed", ARTIFACTS[engine][0]),
            ("dst", DEST_SETTINGS, "pin", ARTIFACTS[engine][1]),
        ]:
            name = new_db(role)
            manage(engine, name, settings, "migrate", "--noinput", "-v", "0")
            want = child(engine, name, settings, action)
            dump(engine, name, HERE / artifact)
            check = new_db(role + "_check")
            load(engine, HERE / artifact, check)
            got = child(engine, check, settings, "snapshot")
            if got != want:
                bad = sorted(t for t in set(want) | set(got) if want.get(t) != got.get(t))
                for t in bad[:3]:
                    w, g = want.get(t, []), got.get(t, [])
                    diff = [(a, b) for a, b in zip(w, g) if a != b][:3]
                    print(f"  {t}: want {len(w)} rows, got {len(g)}; first diffs {diff}")
                sys.exit(f"make_fixture: {artifact} does not read back as written ({engine}); "
                         f"tables differ: {', '.join(bad)}")
            summary[role] = want
        return summary
    finally:
        for name in made:
            drop_db(engine, name)


def report(engine, summary):
    src, dst = summary["src"], summary["dst"]
    print(f"== {engine}: {ARTIFACTS[engine][0]} ({sum(map(len, src.values()))} rows), "
          f"{ARTIFACTS[engine][1]} ({sum(map(len, dst.values()))} rows)")
    for table in sorted(src):
        print(f"   {table:40s} {len(src[table]):4d} {len(dst.get(table, [])):4d}")


def content_types(summary):
    def ids(snap):
        return {f"{r[1].strip(chr(39))}.{r[2].strip(chr(39))}": int(r[0])
                for r in snap["django_content_type"]}
    return ids(summary["src"]), ids(summary["dst"])


def main():
    sys.dont_write_bytecode = True
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        sys.path.insert(0, str(PROJECT))
        child_main(sys.argv[2], sys.argv[3])
        return
    engines = sys.argv[1:] or list(ENGINES)
    for e in engines:
        if e not in ENGINES:
            sys.exit(f"make_fixture: unknown engine {e!r}; want one of {', '.join(ENGINES)}")
    with tempfile.TemporaryDirectory(prefix="rex_fixture_") as tmp:
        for engine in engines:
            summary = build(engine, tmp)
            report(engine, summary)
            src, dst = content_types(summary)
            print("   content type ids (source -> dest): " + ", ".join(
                f"{k} {src[k]}->{dst[k]}" for k in sorted(src, key=src.get)))
            same = [k for k in src if src[k] == dst[k]]
            if same:
                sys.exit(f"make_fixture: content types with the same id in source and "
                         f"destination: {same}")


if __name__ == "__main__":
    main()
