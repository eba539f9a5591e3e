--
-- PostgreSQL database dump
--

\restrict rexfidelityfixture

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: allfields_author; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_author (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    favorite_book_id integer
);


--
-- Name: allfields_author_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_author_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_author_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_author_id_seq OWNED BY public.allfields_author.id;


--
-- Name: allfields_bigauto; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_bigauto (
    id bigint NOT NULL,
    value bigint NOT NULL,
    label character varying(50) NOT NULL
);


--
-- Name: allfields_bigauto_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_bigauto_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_bigauto_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_bigauto_id_seq OWNED BY public.allfields_bigauto.id;


--
-- Name: allfields_book; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_book (
    id integer NOT NULL,
    title character varying(200) NOT NULL,
    author_id integer NOT NULL
);


--
-- Name: allfields_book_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_book_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_book_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_book_id_seq OWNED BY public.allfields_book.id;


--
-- Name: allfields_club; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_club (
    id integer NOT NULL,
    name character varying(50) NOT NULL
);


--
-- Name: allfields_club_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_club_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_club_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_club_id_seq OWNED BY public.allfields_club.id;


--
-- Name: allfields_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_comment (
    id integer NOT NULL,
    object_id integer NOT NULL,
    body text NOT NULL,
    content_type_id integer NOT NULL,
    CONSTRAINT allfields_comment_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: allfields_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_comment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_comment_id_seq OWNED BY public.allfields_comment.id;


--
-- Name: allfields_country; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_country (
    code character varying(2) NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: allfields_everything; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_everything (
    id integer NOT NULL,
    label character varying(100) NOT NULL,
    "boolean" boolean NOT NULL,
    boolean_null boolean,
    "char" character varying(255) NOT NULL,
    char_null character varying(255),
    text text NOT NULL,
    text_null text,
    slug character varying(80) NOT NULL,
    email character varying(254) NOT NULL,
    url character varying(300) NOT NULL,
    file character varying(100) NOT NULL,
    file_path character varying(200) NOT NULL,
    "integer" integer,
    big_integer bigint,
    small_integer smallint,
    positive_integer integer,
    positive_small_integer smallint,
    positive_big_integer bigint,
    "float" double precision,
    decimal_30_10 numeric(30,10),
    decimal_5_2 numeric(5,2),
    date date,
    datetime timestamp with time zone,
    "time" time without time zone,
    duration interval,
    uuid uuid,
    json jsonb,
    "binary" bytea,
    ip inet,
    ipv4 inet,
    "order" integer NOT NULL,
    "CamelCase" character varying(20) NOT NULL,
    CONSTRAINT allfields_everything_positive_big_integer_check CHECK ((positive_big_integer >= 0)),
    CONSTRAINT allfields_everything_positive_integer_check CHECK ((positive_integer >= 0)),
    CONSTRAINT allfields_everything_positive_small_integer_check CHECK ((positive_small_integer >= 0))
);


--
-- Name: allfields_everything_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_everything_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_everything_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_everything_id_seq OWNED BY public.allfields_everything.id;


--
-- Name: allfields_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_item (
    id integer NOT NULL,
    sku character varying(20) NOT NULL,
    country_id character varying(2),
    owner_id uuid NOT NULL
);


--
-- Name: allfields_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_item_id_seq OWNED BY public.allfields_item.id;


--
-- Name: allfields_item_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_item_tags (
    id integer NOT NULL,
    item_id integer NOT NULL,
    tag_id integer NOT NULL
);


--
-- Name: allfields_item_tags_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_item_tags_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_item_tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_item_tags_id_seq OWNED BY public.allfields_item_tags.id;


--
-- Name: allfields_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_member (
    id integer NOT NULL,
    name character varying(50) NOT NULL
);


--
-- Name: allfields_member_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_member_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_member_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_member_id_seq OWNED BY public.allfields_member.id;


--
-- Name: allfields_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_membership (
    id integer NOT NULL,
    joined date NOT NULL,
    role character varying(20) NOT NULL,
    club_id integer NOT NULL,
    member_id integer NOT NULL
);


--
-- Name: allfields_membership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_membership_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_membership_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_membership_id_seq OWNED BY public.allfields_membership.id;


--
-- Name: allfields_node; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_node (
    id integer NOT NULL,
    name character varying(50) NOT NULL,
    parent_id integer
);


--
-- Name: allfields_node_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_node_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_node_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_node_id_seq OWNED BY public.allfields_node.id;


--
-- Name: allfields_node_related; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_node_related (
    id integer NOT NULL,
    from_node_id integer NOT NULL,
    to_node_id integer NOT NULL
);


--
-- Name: allfields_node_related_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_node_related_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_node_related_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_node_related_id_seq OWNED BY public.allfields_node_related.id;


--
-- Name: allfields_place; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_place (
    id integer NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: allfields_place_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_place_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_place_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_place_id_seq OWNED BY public.allfields_place.id;


--
-- Name: allfields_profile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_profile (
    id integer NOT NULL,
    bio text NOT NULL,
    everything_id integer,
    user_id integer NOT NULL
);


--
-- Name: allfields_profile_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_profile_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_profile_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_profile_id_seq OWNED BY public.allfields_profile.id;


--
-- Name: allfields_restaurant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_restaurant (
    place_ptr_id integer NOT NULL,
    serves_pizza boolean NOT NULL
);


--
-- Name: allfields_smallauto; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_smallauto (
    id smallint NOT NULL,
    value smallint NOT NULL,
    flag boolean NOT NULL
);


--
-- Name: allfields_smallauto_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_smallauto_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_smallauto_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_smallauto_id_seq OWNED BY public.allfields_smallauto.id;


--
-- Name: allfields_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_tag (
    id integer NOT NULL,
    name character varying(50) NOT NULL
);


--
-- Name: allfields_tag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allfields_tag_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allfields_tag_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allfields_tag_id_seq OWNED BY public.allfields_tag.id;


--
-- Name: allfields_uuidkeyed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allfields_uuidkeyed (
    id uuid NOT NULL,
    name character varying(50) NOT NULL
);


--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_group_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_group_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_group_id_seq OWNED BY public.auth_group.id;


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id integer NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_group_permissions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_group_permissions_id_seq OWNED BY public.auth_group_permissions.id;


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_permission_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_permission_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_permission_id_seq OWNED BY public.auth_permission.id;


--
-- Name: auth_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    username character varying(150) NOT NULL,
    first_name character varying(150) NOT NULL,
    last_name character varying(150) NOT NULL,
    email character varying(254) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL
);


--
-- Name: auth_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_groups (
    id integer NOT NULL,
    user_id integer NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_user_groups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_user_groups_id_seq OWNED BY public.auth_user_groups.id;


--
-- Name: auth_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_user_id_seq OWNED BY public.auth_user.id;


--
-- Name: auth_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_user_user_permissions (
    id integer NOT NULL,
    user_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.auth_user_user_permissions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.auth_user_user_permissions_id_seq OWNED BY public.auth_user_user_permissions.id;


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id integer NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.django_admin_log_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.django_admin_log_id_seq OWNED BY public.django_admin_log.id;


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.django_content_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: django_content_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.django_content_type_id_seq OWNED BY public.django_content_type.id;


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id integer NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.django_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: django_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.django_migrations_id_seq OWNED BY public.django_migrations.id;


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: allfields_author id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_author ALTER COLUMN id SET DEFAULT nextval('public.allfields_author_id_seq'::regclass);


--
-- Name: allfields_bigauto id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_bigauto ALTER COLUMN id SET DEFAULT nextval('public.allfields_bigauto_id_seq'::regclass);


--
-- Name: allfields_book id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_book ALTER COLUMN id SET DEFAULT nextval('public.allfields_book_id_seq'::regclass);


--
-- Name: allfields_club id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_club ALTER COLUMN id SET DEFAULT nextval('public.allfields_club_id_seq'::regclass);


--
-- Name: allfields_comment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_comment ALTER COLUMN id SET DEFAULT nextval('public.allfields_comment_id_seq'::regclass);


--
-- Name: allfields_everything id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_everything ALTER COLUMN id SET DEFAULT nextval('public.allfields_everything_id_seq'::regclass);


--
-- Name: allfields_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item ALTER COLUMN id SET DEFAULT nextval('public.allfields_item_id_seq'::regclass);


--
-- Name: allfields_item_tags id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item_tags ALTER COLUMN id SET DEFAULT nextval('public.allfields_item_tags_id_seq'::regclass);


--
-- Name: allfields_member id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_member ALTER COLUMN id SET DEFAULT nextval('public.allfields_member_id_seq'::regclass);


--
-- Name: allfields_membership id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_membership ALTER COLUMN id SET DEFAULT nextval('public.allfields_membership_id_seq'::regclass);


--
-- Name: allfields_node id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node ALTER COLUMN id SET DEFAULT nextval('public.allfields_node_id_seq'::regclass);


--
-- Name: allfields_node_related id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node_related ALTER COLUMN id SET DEFAULT nextval('public.allfields_node_related_id_seq'::regclass);


--
-- Name: allfields_place id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_place ALTER COLUMN id SET DEFAULT nextval('public.allfields_place_id_seq'::regclass);


--
-- Name: allfields_profile id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile ALTER COLUMN id SET DEFAULT nextval('public.allfields_profile_id_seq'::regclass);


--
-- Name: allfields_smallauto id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_smallauto ALTER COLUMN id SET DEFAULT nextval('public.allfields_smallauto_id_seq'::regclass);


--
-- Name: allfields_tag id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_tag ALTER COLUMN id SET DEFAULT nextval('public.allfields_tag_id_seq'::regclass);


--
-- Name: auth_group id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group ALTER COLUMN id SET DEFAULT nextval('public.auth_group_id_seq'::regclass);


--
-- Name: auth_group_permissions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions ALTER COLUMN id SET DEFAULT nextval('public.auth_group_permissions_id_seq'::regclass);


--
-- Name: auth_permission id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission ALTER COLUMN id SET DEFAULT nextval('public.auth_permission_id_seq'::regclass);


--
-- Name: auth_user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user ALTER COLUMN id SET DEFAULT nextval('public.auth_user_id_seq'::regclass);


--
-- Name: auth_user_groups id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups ALTER COLUMN id SET DEFAULT nextval('public.auth_user_groups_id_seq'::regclass);


--
-- Name: auth_user_user_permissions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions ALTER COLUMN id SET DEFAULT nextval('public.auth_user_user_permissions_id_seq'::regclass);


--
-- Name: django_admin_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log ALTER COLUMN id SET DEFAULT nextval('public.django_admin_log_id_seq'::regclass);


--
-- Name: django_content_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type ALTER COLUMN id SET DEFAULT nextval('public.django_content_type_id_seq'::regclass);


--
-- Name: django_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations ALTER COLUMN id SET DEFAULT nextval('public.django_migrations_id_seq'::regclass);


--
-- Data for Name: allfields_author; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_author (id, name, favorite_book_id) FROM stdin;
5	Anonymous	\N
1	Ursula K. Le Guin	4
2	Stanisław Lem	3
3	村上春樹	5
4	Ngũgĩ wa Thiong'o	1
\.


--
-- Data for Name: allfields_bigauto; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_bigauto (id, value, label) FROM stdin;
1	1	one
2	-9223372036854775808	int64 min value
3	9223372036854775807	int64 max value
4294967296	0	id > uint32
9007199254740993	53	id > 2**53
9223372036854775806	-1	id = max - 1
9223372036854775807	7	auto id after max-1 is max
\.


--
-- Data for Name: allfields_book; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_book (id, title, author_id) FROM stdin;
1	The Dispossessed	1
2	A Wizard of Earthsea	1
3	Solaris	2
4	Cyberiada	2
5	ノルウェイの森	3
6	Weep Not, Child	4
7	Decolonising the Mind	4
\.


--
-- Data for Name: allfields_club; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_club (id, name) FROM stdin;
1	Chess ♟
2	Go 囲碁
3	Empty club
\.


--
-- Data for Name: allfields_comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_comment (id, object_id, body, content_type_id) FROM stdin;
1	100	on Everything	11
2	1	on an Item	21
3	1	second on the same Item	21
4	20	on the last Item	21
5	2	on a Node	19
6	12	on the self loop	19
7	5	on a Book 📚	23
8	3	on an Author	7
9	2	on a User	4
10	1	on a Group	3
11	5	on a Restaurant	17
12	1	on a Place	13
13	4		11
\.


--
-- Data for Name: allfields_country; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_country (code, name) FROM stdin;
DE	Deutschland
JP	日本
IL	ישראל
ÅL	Åland
US	United States
\.


--
-- Data for Name: allfields_everything; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_everything (id, label, "boolean", boolean_null, "char", char_null, text, text_null, slug, email, url, file, file_path, "integer", big_integer, small_integer, positive_integer, positive_small_integer, positive_big_integer, "float", decimal_30_10, decimal_5_2, date, datetime, "time", duration, uuid, json, "binary", ip, ipv4, "order", "CamelCase") FROM stdin;
1	all null or empty	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
2	booleans	t	f		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
3	boolean null true	f	t		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	-1	
4	ints min	f	\N		\N		\N						-2147483648	-9223372036854775808	-32768	0	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	-2147483648	
5	ints max	f	\N		\N		\N						2147483647	9223372036854775807	32767	2147483647	32767	9223372036854775807	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2147483647	
6	ints zero and one	f	\N		\N		\N						0	1	-1	1	1	1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
7	ints beyond float53	f	\N		\N		\N						-1	9007199254740993	\N	\N	\N	9007199254740993	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
8	decimal 0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	12345678901234567890.1234567890	999.99	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
9	decimal 1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	-12345678901234567890.1234567890	-999.99	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
10	decimal 2	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	-0.0000000001	-0.01	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
11	decimal 3	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	0.0000000001	0.10	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
12	decimal 4	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	0.0000000000	0.00	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
13	decimal 5	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	1.5000000000	123.40	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
14	decimal 6	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	-42.0000000000	-5.50	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
15	float 0 0.1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	0.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
16	float 1 -1e+300	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	-1e+300	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
17	float 2 5e-324	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	5e-324	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
18	float 3 1.7976931348623157e+308	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	1.7976931348623157e+308	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
19	float 4 -2.2250738585072014e-308	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	-2.2250738585072014e-308	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
20	float 5 0.0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
21	float 6 0.3333333333333333	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	0.3333333333333333	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
22	float 7 1e-07	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	1e-07	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
23	float 8 123456789.12345679	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	123456789.12345679	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
24	float 9 -1.0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	-1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
25	float 10 9007199254740992.0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	9.007199254740992e+15	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
26	string empty vs null	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	empty vs null
27	string emoji	f	\N	emoji 😀🦄🎉 and a flag 🇯🇵	👨‍👩‍👧‍👦 (ZWJ family)	emoji 😀🦄🎉 and a flag 🇯🇵	👨‍👩‍👧‍👦 (ZWJ family)						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	emoji
28	string astral	f	\N	𠜎𝄞𝕏 4-byte	𠀀𪛖	𠜎𝄞𝕏 4-byte	𠀀𪛖						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	astral
29	string cjk	f	\N	漢字 かな カナ 한국어 中文	全角スペース　終わり	漢字 かな カナ 한국어 中文	全角スペース　終わり						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	cjk
30	string rtl	f	\N	עברית العربية فارسی	‮RTL override‬	עברית العربية فارسی	‮RTL override‬						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	rtl
31	string combining	f	\N	é vs é, Zoë, ñ	​zero‍width﻿	é vs é, Zoë, ñ	​zero‍width﻿						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	combining
32	string quotes	f	\N	'single' "double" `back` \\ backslash	\\N \\\\N NULL null	'single' "double" `back` \\ backslash	\\N \\\\N NULL null						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	quotes
33	string whitespace	f	\N	tab\tnew\nline\r\nCRLF	  leading and trailing  	tab\tnew\nline\r\nCRLF	  leading and trailing  						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	whitespace
34	string sql	f	\N	'); DROP TABLE allfields_everything; --	%s %% ? $1 :name	'); DROP TABLE allfields_everything; --	%s %% ? $1 :name						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	sql
35	string max length	f	\N	😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx	😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	max length
36	string long text	f	\N		Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lor		Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ Lorem ipsum ☃ 						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	long text
37	web strings	f	\N		\N		\N	a-slug_with-123	zoë@例え.jp	https://例え.テスト/パス?q=☃&x=1#frag	uploads/2024/report 😀.pdf	/srv/rex/a file.txt	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	MiXeD
38	web strings ascii	f	\N		\N		\N	xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx	a.b+c@example.com	http://localhost:8000/	uploads/2024/a.txt	/srv/rex/b.txt	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
39	binary 0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x	\N	\N	0	
40	binary 1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00	\N	\N	0	
41	binary 2	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff	\N	\N	0	
42	binary 3	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	\N	\N	0	
43	binary 4	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c783030206e6f7420686578	\N	\N	0	
44	binary 5	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67e9ccc59a457e1ea893b4530f09c5ee73b55f3538544fc1709f589dab56053ab95284fbd5a410a13d8c7e27bf0271edaacc7819d3331f6b0a3aa5a46df5508b1db3e1108f582cb8f7650e8a80fc68384efe8154ffd3936c0a51e8c6153be76bac106c36874943a4cb7658f22f52480bb7d6b7b4b2c95b1ddcf475366d8d8167fa3020c34e96e05390ae2bff47966dca8fbba03e6372cbc94709d18e6418307d46f6342696879e295b631f098fd8e09edbc3e9d5c655fffc252034514da9de03f5e3ded22a28a55ff6341475c4edcedb4ac76fd693fa7a08cafe47f0d9b4ba0488ff6040f9daf921891ca78b56e32fde1ba731646c45442fe19abbb98fda220ce0e7da09b0e29aac8a72f0e78574c943615942bd88947f8a1589536d9885005b65ef8a1ca3d0ea3ce6e1036e63f6e29ca0ea56740a075f7b2ff37a09cde136be6197b3ef48d1bfd6460f51aad592178cec0f56ef7bb392892427316c53f18b2c9c1b385590dc9937bf41472282480ef4461c9b0c100694d84d678577cf3039dbe9b884d748b21e839a552c45d9b93021e93562afdae766c928e8458b1d872a8435617de313e05daf0c2edfad082669e2eb4550a6059f73ef69fe55e1e1f7829bcb08582d5428dd84db2cc21c052e6eb1ad9023d29a4e8f5dd67a1f39f199450949ca1beec21154fb96c17b77b88e7d46e14e6e9560bbfdb92eac8fc0dde6cd7a4ff1277727da55d023c4a146fd3fd3b7e13f3a2bf95f87dbb9a8ab4cfc2346e2e6f473d22307414e2646200d77cebad83c92e27c9369873f1c21c1761b2c87a93977e24850cc7e5ceca6f3b87295884af8827274c010e0bfdcd66a921e888214e2936781739c0132e9f8b0f8f32cb925a17c0abe69eeb0b4aaf36e23c389bcfbfe0981b10e636dff95617eec861dc47b62b65d988fe14db3b617713caecb326bbde7e39d4ee6cc3c3835d0b547c5cde645756a05d8d220573814ebcda36150ee863694584f8e3706902f0cfa3a06deea4cc46cc4edf971d1d0996a4278cbc94f07e4ffeb4df32a43985eea8f53e6ff06b57d9786e23711cb2e56d24b5445e3fc2a1411db442c21e144e17eb875424d32d140a6e456912bf4960d699bbd91ee63e0db1c0db4c00563a3d61013844f7b5973e655dee66536b9673db64eb54a9dddb70659016a9d90236511a4cfe28d4543e3cd859affdf81fa6192b4a2947e42f2c9e8b63a06327456c955ab327a8ad053113b7cee164862b16be7beb5414c2ef750410e90199eb3f566f948e0c474821e85551919131cb16f21ab58e11ed9e88fd107b38ccc2f9ea078b2526c43eaa0f92f2d7cedecfc623a99cac2818222e3311ee6a94d0aef8c15b2af60bf2154fc7be6057d93bf43d1a1ce970ef8b1d86766e3e5c036b3887f0861458738200b1b0c31f04cacde67eaca7259072bda54e981d160c1e52e67b191d98bb62fe24f702b3fe3fd0ef533f83ce853d385838631f1c33122ff2532a185bd672e317b7b5919a412c53188140a4443c79dc78fce2a070944f400f30db35475fea7cbf24de6a366ec864ad8319a991fc8887704e8f21fe82b5d7974213698bbec8cdf48d536d305f13b4f7cf8a9c1f04a426d13fd8ad76492e5cc95fdfb306574b20ccab92fe82a7318ee0dd211243d3b4789e67fc5774e0ddd2f57ab3df5b818c751ec60b09753a76db8b80fb80daa161159ac66ec68467b811de4861098cabc67b777a83411470f7c22848827e858b205c46e6375a05a90ad66778ba5bb2228dd8b2a05ec9933e776ff403c0a12cbc6a9f078d36938422442a31354c839b5a51f01220f906e759feb01b4e363af3d9deaf51fd24839bda2da35746ae915e268d64aff6304d7e0bbc37e7f840ea2f932ac2c73ccde3cdae3c001912e3fcb748002d2e9d231374a7baee1136f39b4e6ae2d704588319524216ea4bf6603e6dbba195c662350d8ee295effcd77447fc50d9e6811574404c23d1d988de399bdb3928a4e52ffff6b9c90e72a9af856f6d662d063d6421dd79f334c89bf17713d3ea4de8f8f6f0c0c3f4c7c591ea741431fae309c50216761f854236e961cadb2f05c197639890f1cbe6f831122cd15e0e9e9a2e728126ba19a5279650da679aee69f2745451ea5228f8dec57383432c2dda1416e03c8a793f796f5930b57c9e2bd6c6a4053510c7ba004f0c84b94461685d08b3ecb8f03980d99d03dfdb77fddfd266636f1b53bfbba7769a67c5de8a7f7f9add9fc802ac6e264a0d99eb06cf122c21ecf3f886e3f4d1609ebd666f78830adedb9289d8304fc116d70faea96a4ae4715cdeba541a8e6524b8cce35e6a5a4f77214af4c5f3bdbbdf3fd71437aa41ddb3a27327f9a53e9692aaf3f2e8662ad240c2a761abff8feeef7550c85a23c022c58b70e11743ebeab1cf2508c5e7dcf68745001341d143325d19d3090b8e5a519f09b82f398fc586336b13004f056ad122db61407cb0373145a95087714453934fc3b341ca98d7736a703da57cd9815777e29807117d44d2ea354a242a7b29c9c10b5b05e97ccba7b2befd32f7cb12579a943e212d7b9bae1cfb5c23e047c5111f091e602b4b16cfcef5cd747be4b9c82a6076d4d80a26003e99c6e6217aa1d512886e5b261f9da1fd5a33642853eb31de120577cc99edee649f85bb0b1a9c906fdbbb77a8bb02854bbe57a3f479f2c3e349cdaf1a9190246582978622d4e61ec305beea5b1ec45d9ffd346fa467224822b9c17736e96a72f9b6e4b340901e53c6c2d3b664c77e5f6971e0fcade49aacb68331b0a0223f4b8f5bb4cbae4324cd58c7f33b24875ee531e209b0a0295c082719430a8ec0772703d17e4d55968297eba1601ca20e497606fa00d6f1c124e29f6418d62b81b1b4d4869863e42698cbf3826e4fe3bec2e0db3851f2ec429eed44a3fec8b833617a9f0ed9e7e76f18c35ce25c84179c9b0e09447da78088bc89e2861536aed1344f607e017b5c7ee737f2fb488f3c5ea0f63adb7e67f8ad75b4cf8573692ac928aad449bc954a45b0ddc738cd52c8f894b5e7575c76b3d73db8887c02516e1d12604f627e89e995a259cc6902089544096bdce183fd41bc59c1f1edd0529e3ee203a30e8a77356cb8eb2e62ad9993cc4318e3a448aaf82ba0f60c6e0007362e55d3c65f973ff944a84c6b22fc67a2bd678b90f6068bf43bd09dec2650f32ded77064583627730663faa628628fbbff951ab32dc56bb35a8d344aa97f09fef347619f9a304cc1afcce6a6cc7741d42bab2743c5826352b711dd15cc535578e543c9f8a54093ef51d3b7f2a740ef3d78da7d1db7b993a9ffdc4f3dd7b99ca68c54d9bf51c32f2130490d6c7aeb6be8652d58deeb5b1e88af3bb9916d375a2d6c7c4a7318d77e315f144c6636c2094c6f6d4ea0b73909e3473cea8335b7147d0106fc80dbdba06d2dc15c8186de5967e1f9104cb44a475472bcfcb3e5829cf0a3d8425a83c568e014125763be53613da371e0a7b8afe4366b22bee376558b4306f3451321b8afa0924b79a723d810b99f9d07f9ab5c608424182bbf10f16d1fe871bf5cad15a2c7a727799ad27b4b9a74c6f0e29c35bf56f79c5353501ec370d3b512a1c088756d0f865ba0486f1ecc5a6834fed836df908777ac7a05dd6b6971fdbdb7e2699896eba1394312013ba478441c65eb3486790afc9b8ffd1e03f034c48fe7fc729bf691fe0f92f2530a274511780ac471d4e1b411de76d65fe231390020026765ee50370ce6060fe860a46a372e0370d3fc1f96a1787d7d99a4e879487025f770be5790176a96bcdc26115753199f4e9ab5bff1988730928f0a0c47ce7e591b8b29bc95e6f81f03e8fe4449f64bbc1e482dd772116ae51a31d3937c00570f3d3f792d8e03bd91ebd3d59a69b9973d6703eb73ee1d59abedf5dd2d8c4bbfcb1e86ac281bda4b9dde6287a47e32b8877c75509449146504b8d574833b00c983621ab051594c8bad1f2fcdd6b8faea919bbc25cb47611ff38ec768046356571dfaa3bae2ad07bf3ecf21a5aae16a88f69bdbcee898aee07ad8ac1e0f63f43e650d683dd50f876eb5dd9a731887a089c1180a7cb3488eec501a3e82ae1804ad2693ea462315d09e2db28902f2e0949616ea018895ed2c96afff8cf57492d1e60d65d6f908f123bb36290685369d05dd83c9c0935ff46ae7b8c75e546e35c8eada9baf75e3945960b831676e73a851b13f28e18fd4c01b01bb480248fd45986c77c3f26751c1ae9cb49731c558b2e1a112d46ba9ad83c296b1a5c1c2ea948b650287359f0ab896dab70f8e4a1e91796b933ceddc9211372aae8fa84213a095fa182f7a61690993c00adacbd92b663d576a523d10a2913b639b6701fbca110c408764d0a0e3270734939de5b038ca7dac8986da51da55a81c83d46d1239580beded9139e1b15a1c97106a71e1903f81ca52b59756019540bd46418e4da3f2d2eedb83e54df341be5629d4b620d997556bcb64ce8def6a8be5fc05a36f9365f15e662fd9965e7e012efae734bfe551f40252b14805df51b709e52d65c49dd14e886e1f1a5c57fd996040c0fb01c9cc8009f656176e70ebf7e143b3562bb07d6d98d60a70a77d26af8a201eb70d988d1660eedb27d041c3e2047da3eabd343a607554d5cdb8185656455ec835b19ae87d5ee61053c017a50a02002e421bdde32a2a06149813f98f8b80a64781b972455b916a59ca7f916bfb5da5d24322f6c9df15c197dcf9dbaf6100cfb998193e344bd3809cba4b403e146115cbcc9702195c44d5361f2adb1415d44783e114e52fbb6732978e2e1427ff5ea5191345ae922529b4756c560623f56bb7f71ed830e7ebbb0de5ef97ad7c29f6693ca25cb8d38909ff4f0769a971215a3ba67089754c052e55c2a45fe06c947ebc0736df75e7730964ef6bd3de709cf1d42cc5754e35e98d2c572203df93d266a8391b39d676b981ac6ca303bb7c649ea529307aa3657582214cf0db1adf9378bbd0008b81ae91dce07e455df34ae50ca27d55e41f413aa91ddf30c5c56cfd6bbefe20b23393dc62c00221c461673f10ee0886e6391a58d1fb37a3eb8fa904b1a3f091fab03eb72ee3feb98c00e72cf818ae50e05eaa52acdf4a18d400db513bc0849ccdd85a93f3edd72929286f3006b3e1cf7b6fecd56562ed92cbcd8eaf101673de6158bcc3215196e3f7d463fceb9caa2c6325d821b73fc12e5fc2174cc90bae1b1c633b46b1883b3144f73dfb7def62fd6a8acd7d6db01bba2b4015171af88533af0213206225f4dcd25c2435c28e06bf7d57969aa7b2bd1f5e3a6bbfee4285b57bc1d469d8da7f872ffeba553473d9ae501f269c43550b6169a07c716dd14c56c4a53511851cd615a55fe72959ca0a9428571af4caae329050f9fb89ccf5ae9fbd8583922fa79be31dc2de7a92c69a050b9281324231f46e2854216c059c36c312b11278e97733a79dedf42d46c6316a7dfb1fb6454259a6f3a1d7e25be7a0dcaefe784c1cc03223fb91ad7d71d203dc87354b94c61178ce425d99c008763bbe3cee59b7b32f4e3374ace72312cdd8603a16a6fd65f1e81b3a8470411c1c74bc825efa4da51f964993f1b37ba896b70c22e942a45f8a13a2c560849c620f8429f2d8b77a0d6912659430bcc78d1e1549be6ca0a1ce40ef0f538c3fcc56f6bc1d819fa29b1b6d2038833ca7350cbf6870032e6c435e7a31e8bbaceafb73d90a82c4fb11cf924706e273a66366186d7221df301cd17b26e9cc069260510c6d272f144d34fe75db3e65cd6841ceeea91708c5665583bd784c66afb5dcc0ad5f81f1a019cb9ef5b30edfd52ecfb6d62b4395af2c64cc7f64c3f40707583c5bb129ace512d638c59227fe45b4ad501b2bf6cc628815f5ea72d3792972465f4f753988a4f8908d8ec564bd9cb460f668f0d13236929e2e08b759f442e97f72ef13a8d714b6db26d10008cb6f041c9407f4726f1a23a915ce8e478e06373760d2c98a86c32037ed2360cb239bbd7b19b0db161ae49e4e079cdf7dca04219b1a2a9a8943a846330c35a35c972bc46ae357faac7f4a5bb8140b7305b60385c272c7a464374dabbf7a7b56869f0ffd1de2230d21289a8bda5773d0aa211e2885ae861e5232c6bf6a24d24e8267643e0b151e7c5377e9b459072349e6266709ebb3fcfb2183c762eabfd149b3270c3354148b31a298d8d1092db4b0c21b955a6ebc75d1bc85fd9a5f0b5af049e49c9442d6aecffa7ba865462f00a6000006b299c38bb4f3aa024c2e589912564e442a04e3db76f3a8128257978d4d1e641d4a9975b2d4089059dfd62ece63d8d503289c0a1a3f57aed92fac399edcb0801d7b59095ad38a7a8819b5d9ab7f0b77d5e570974ad36e7996150f00a503f9f79f7f48a6a526269eee02246986a4b8821ac9b43cc420d282d66c5df6baebe90218176b814eb35ca1ceb4c771d6342e251d3904e2fa79451b2b40cc060306307f4f1af371b0a1aa4a4a72e74d8a4516d4aede352a1a934b179b2476f39fafe8d7234c51fddbff7d71cc7c1268f299ea585cce2a3e39a887b5e54ad28f40cfc5376112dc98874c17a32cf8aa40fe4a318eb600326fcd9154f24e7b6682bbc5cb1d84ae2d5f5229e0d9f4f6f7728f91e7ffc1e245a0a752d63203be5a346bdab37cdad33290f002178f23f5523390a657e79611f8f94619188fe3f23a2a449dd6442e089a28b8555a6708774a728138441fd24c816d02a9d85c01a9a32c4c817709380f8d36903f71d27e36888215cf26fa2b292bcd69f1382b8afef517d637d8993466a51619fc0bc26877b267975589759ff4db823ff2cf325a99b3bd6daafe613eba6518f755e4678d84e52cf160dea3c76ebcc42b10cdeda94b361614dbb9ee4fcbea5a65d274d06bcfaa41e89c0b4ee26a197a959961a1c16713e5589061f44edda649afafb1e77cdfdda2c44b3db704001ad29b429c335cf61bbeed2e800907c929322e3e8a6e513490b6b6ed3499428667e90838183a0b9f706c88be36427b3bb7334c62642aad521c79825c04787e03d92c54a101864b7d65140fe520e029f22a485f04ab51f5431c2d57ece3c418841dbd1270826c54c91b409a6be682af1c1edc41eacfe6c9f57313754d0d6c369324751a31c55dbeba30f7e0f6902bd837ef32221e0c84a6e559bd79079ffc9631268bd0c7a15bd9954685363a4acfe794a494e51f0da7c3e50635f850d84d0d9855eb8e684fab98506b84db489377221152fb70bec25e66bd0185eee667e8c855bc422ad22d1e2b4f2285b4d51fae5cab6172685aab01cde4dbab6f2c9999b2e6141aad1466ecf189f8367fe0888eb9edd101b7271fabfb166e8f6ab3bfe64679fe3f9bc38c007556ec1d0def8f4ba2214495bb993842e544484300241a254a0514308e47eac30ba0a106f3367cd89761f0b735288d81edc4f567a9d01e6b71eff0e94598d336c8a553eefe63aad7217054fba5905f514181ff6e2b09ea94d80637fa064e3379a67831bd3d5ad833638b253e5f8dc1a27257bdeffd4d60fb2a4942ee82b6932815ff470608b5178c18460341bd2d7c925b080d6b42676354d40e598ed0dd77ed0d3ba3b3394b366dc6e3db9959c2bc024a4bc00568e7be1d5bae547381cbbccb8c9f3e3358719a4f4d8b72c9f4e876ed9359eed81505ec1653e6c09731d43eebd6963b6cbaf8e9541a0548bb01fc568fb452302d15aece10fcac39d620cff1ca735e95db784a456571d89158d7cd04c6089a2ec884e4ebc4ecfea02e1603ee0fd736e275e3646dc2d7297eb95295cf90f7e426e500cd3b5f3dd8b749359eda30bf1781ce12fa4bfaf2cc12a4917c39040f718bd31c88ee23e5a4e06f4489d34990825abb7dc2ebce7cdb1efd7f501eedf5ae84ea1b7ec29e71fce246dd8d7ca4c3564aa16493ad245fb5a760d727b8737c2087a24d24397117e65b8d235d5a9ce33c4ff877c7884c99ce35df25cbf29714efe7847089c65e424c527f52ce3a020f34c199505ac9ec8f3e5447ad17ba30715aefc0b17a136cc8c5214f0314da4eaf6c164ed0357e1e8ad3139ec1b1d1784c72b654d6150d3d4e8ed181cbb3a246655db794b3dbe9bed6e69e6f5eb6fa32f72c03f2b5ddcb9784176ad2ae881861e9b21a41ea0a08e298d7014f2416e510f0adeb867c329f5b524f0dbe9399b30cd309db7232b23caa2fad3dc1d782f0fd86670d5b52c448397cc00ec8e5952d0f0baace1ebd05fbf60f0ff559eaebdfefacbb0f7e81532e9e0f8875c6b72160203c916c94dfce0320d5db6cb68b667d71bcff337f01c1cc1f56bbbd0f0d2149c423f7f6b8444a99e97989099633af7aa79d1f140e3c96fd938a517c6be13e2bf0b13594a0231300416f176021ed73f694c0704bf3c1a25d48480c874d262793e82f5ce4f888cfbb72d09080b1b548e2846e1a3190c95428202138f86671210951fafcf271a524d4fca626e05d79e04ebae10fd9ba8773efed5204001906a90a981daefe880f3ab30625c8bd61bbb84b241155198a9dcf81c2b3f5c811f5d9fda8517215fe2206483f4e6030d0c6994e5e7fe666dd66f078ec652d7f3e695faf487cbfe4afd96ae70c736adbd12ef1827c8e1100cb3e39585eef1cdf6453d6a120de312115be85f03d5f90770959de0a500b0bbcc45e5dd17ef569383aa1feb6e2688bb860aa01bbd6c057da939ef919c3b1b938ba935cf7e5a92ebdc1b4412589c42bbd30ba7c2a573ec7f17ad4d50c570a8fd4bd9abf912b4217e26bfbb31f32946a7f6eed491929a3f6e41d49dc2ff080c00bb63fcef144200c77dba6549b25adda17b0cb1973028590d1100aa1b0c842500b362b2e078c7d3464ffa4a4165c3e8ca5d9e370c2a01c105fec294982d4b0374652f8441a3173dfb62bb9d841e26b866f963e1e94c2bd3ba58cec76c9447c55750ec2ef4899f43b6634e2d1bd8a582b385ec079fad30662cb54e3e5b27864b1517925af46bd333792f49c147ce8bcfe8efc1acae81627ead5894a4fffb98943d52c3cd24a63d73e93c460fe42281d1ad1b7f79a946d7ea98680adb37af62c2a762498713e428e8ae332573d5a80cebdf085439ad6918f91535e0f75dbd3ab1557a7d70a41417ec1639a54f58b6b9fab8f4b97e8f263e92316af221e8be7c6e4d5f8aab95ac117757c875cd469aeda95d90444a2b02254ce5d05c8cfba626e45948f86c15f3fd4583b79dba5e3b56883e75dd2ac7c6489ed20fa87f3be86f571ec01b30bc313db387af53950994abf2298ab8401ebc030a7ff096902f0ab224b6409de8435c592d1cc4272aada1b1a0847c23f9563b8691f3729942a000d12a93584f31baa503f19153f206ef7d53dee0bb57d0ff242e4f626e9553af6188dda254ea8846490cafeba15f01e385d694b3c182f5e8f49510cb0efcc7836a751c808beafa0838e0f8a002c1114272225e207cd371f1308cdd1c0f60f7e33a0ba6f512758c9bd283b6f045b7ce208459068045f8a0c60a34241c40f300fc721783932ca162376a4dcc1555415f7023d2d934c25df1618146dc6c331b33fd1c98f960d12d4d0eff2014016af95152fff05d6c9350fad57cb78a600539aa7c8724b2667e3aac27d7a58f19050031fb4faa2ca1f8aa9248a04c9e905a24bb53a3fb09159b9055e088e18c62e7d20bcb7f514e5a1f809da3f8baf8d3f06743ca502244ab8f4e55bd45e29c8605482ddacf408a0c3bdf39b7fa517b2e453cf30acae68da7d0697b0f32ef7e98e67f20a5963051f9d2a906d5dea3972f6ce4c12c1a014fea7fe3c2c21890ca3357bb6146478651336ae5791353f83c3fcae3b04f45a826a67f718b318660ee3864f50a801930fd4bb899c989076b5e85d0f8af35c294d7e3cc2afb51dbc9ac6f3d32da8a36135dcb51ceef1a21f2f1b7eedb0465d05118734f98d835dea2b007df45ff855e282f6d5405a596c2eb9d345f7508f1b31c9f98972f275a6629dee9c233192ab98873c800794d2a888dfbe89625b530262649806a163ec76826f0d4d5096bad45b9163803a5569774162bf3497da684a491d2b07c068e6d7181f3ed84c847a2d286dd771aae8e8a3d832258a36df57a8b308fbdbf5a619f21bb358c9c055854a1e3ae3b97ded5824041c94a8f6e72a7f12a689fcf7b1bb38a647be8560a628e9815b907e1396872259c56f7fbc0a5d74cf8da9a2b6bc6a2264fe3cf951f0b0d4a9ba5ba979ee2533f9f4828696d913b797d371e071ce4d8e2b816296d6138acdb25eaadba73ae6dad143b37c4a2360741d3b36337a9500162a1b02e686f5cb70df1c255578c89652a28cfea6ee8b68896afde3c8108edaa7bb0d7baaa0088db1ca35481471773243a17d0b2f4de9226917e480dac3fee0a9a613b4523a1b3556da554613401b5982229f4b68b229e83928c58189e50049271b3ec925aab9f0ec94bb705131d6d8e32a84ca576f1b65fc89511c176eef2870a7e8943b3cc1deeb4a42b563e754f48ed4dbe5b18b1c5d33bc71a8a36de1fd084692c097c3c99736009d7ff0ddeeaa23529e651ab81708fa8ebbeb30c444267945d7bb20bfce1c9f003c8ccee978112eef8f069ca2110b66dbac31c8b93e02bff12e487f90cfb2ff43532360be71054bd349661a93d86734b03e90f86e7b78ce6989a774195f831fdba86a21689b3316bf3d300ace57c21414b69a64ee17d78e1906fb75c74569233e53cb05ed4938b3ce5d5ea6f77a81a9360f26fca5fd72c235d5bd47d5d42aea24037060fe1bab738e1207b620296664bccfd53fd1e3a7f7a029f66bab15fecd78d0e66869e55aee8307e9c1d185fc544d3f0cea58f6d54de7329a3a41a55cdc07cfa77b046a1101e35f8c3eed5cf642cc0b0cfbcc188f3340129225c30de0a688a858c3a64fe07097687614c90c96055e61a68e761ce3943a8b5b818e1543f044140c404d66c1e278e97c2b38bba9a6eafc5ca2d1cc67f107879492d5a942359db99f81e1356d377e1609240908a74fd4d1efc81f0fe52269656147c556b90420cc07350f8742260fa851eafdcb5c9dbe6870c84d90a8c605f37e0cb904b46f151908588c8c9fea712cf118a298f4faf146d2a76c904ae580721d3bb9f417441cf5411f413b4107406968de4a58755fcc4c7a436776fff1776945713ca9045f27efc52446d5f9888fd87d4b0538ad18823edc3c008c002ab1518257ad83cef680c6a82824206778b9dd4a51c4147167ca682eff3e65ee6cdcb79c19265f3870805f6b50616a937fcff7e907a6252984f72068687b902365acf80a91a5b687026120d7ddb0a9dfb3b812940a3a8ea839772a03b6661a26402803279fdc0caf8f2449b13cbfd7c98e181bce0ff9f7b9282d25639ebd0ea6e046cf1f913ef37ced3d4eaadd76e92c6ca33680280db2d8016e5a26a5946828f5425f4e6958f7f11fe52c3497ad32cd1b659122a0699c3a9a28559cc41144a2c03a88d38a40b562b1170ebe89d485f2946ec3f0a7d9391e90c812353fc39fcb0e5264712d6770fe68468a12a9ab0bb4804a86cf15dc722f9b3a253b4faf791a95b5ca128271a34fed625811fea10fefb419a86633c336b380829c267d335225c15992d36b946f0e8dbf2ba49627421007d57111666deed2dd6788f1ee95b6d7f664970d1ae7256cb1c5ec23eee21ec7f375858a40bf58761f405bd0970873cb4a2c7eb88679ec7c05f31eae3be2bafc0280a293a46aaa1b6e5e63f52c6b2560f789906b337164a4337814d21f15ec3b4941827c377cd4d412c3b33476e4a992645fe3d89813de58187e94f94c8ad4dd2804e4d4f5c4f6240798b9f889235db74dedf8a0bc033d5633d348f703d584d0733f17864abab3d3eaf5ee6aba1b85f13494815fbbf16dc55ed63d3e64541a93924c5b743ddece0a6f4975070185ce30ec3bc38ad300999c9cdf89a418b95fdc012f112f37fdf9373ea0e3fd7d068a8ab4b1dd34a04d6520b7c915985c7c9bc0cf754ee476b75dc60a96fe5955d55435f9432a75d977fa44facf1e3a3e0d22195199ee003ff3d36d09178e74951dbb8a4457dc55c1ccc3e0a084b55582d0c16747d45456ae7878308cfbab10723c57cfa9ff6ce3495e9ccfd53e9d0a0d096e79820028d3beccf5e087ddea8ba874eb8a2be2b945e902ad5359304ddd92d6701eccc5937ef92111ad57b78e110dae0fab4831019c392c61579f2668b8b9b8772c877da644c715f5785054a08f03b70608d0960e1ac035ce8a1c9bb52818cbbabd7cf3acdc2632475e3805638db3f148c9d3edac44249adf203287d006d5d241b808b1c6dc93e5bc731e5c616e036edf5381633bc1d43f47729a59742f253fec09c7708a385ebab9f51dded88c2c86fde7a7792f2a7d249c6118d7c47ac7ec1c364ad3b10a9aeba703ed2e5f8f5f4a08c4747582a80595af6fb17bb64a08a982886656c93737bbb0a67a0e20a244e50ea9acd0f69b4bcbc39e97c11426763d953594d7e27833721bff2503a8b50732f2b398c31f0407e6b2f6ebd1a6861509932a8ff0610a6fd4416f200e5ffcd09324adf983eb381b8464b8792d6b3cb5e2b9849137078c9a190bf2ed4d6fc695b56a3b1c0c1e8144300ea18d8674df1b67638e9a3b395e2372a72cd3ed5ded6f5f5eb53c1d92840bbd6eb70979f11fb20787a9973b28473f2e896571d12aa5b6edbb0fa2364206975ab82e773c2877fda2135013d570b5ce2aff34cfbd16df5c7cf31f62d63b3985cc18b0fe6c79526a9a87f69ad8fc8db931eccf6de67b9a40df089a72b22e7a1a538f735e13b06c9ae9197794059f64886d8851ecdaed716f32b9ccbdbcddf4fb29e8ac6c456f6e335166a4b4b6a5509fe71da533861629162b2a12cd1fa29711714f2c4ee9a7c180a363f0efa33de0e78bdabd0673b548ff2e94f061195d31665df1079e4af6e2736315039d93996b64f07b294ce440d5a432497ce72543e0baf498b5fafbee8a487548563fe87e09bf6852a46f5690955f15d830857538df2a46d7eb71bd3401586dc681a4b2cf2b39131cb320cd3c20808c168c25c9bab218b954eda882967764a2f90c3fb9a079d3eaebbc863a090a2bd1b77ed5e81f6b0284def10d7fc408afe08d5df9dcfe70d4b7e4fc08c9ef197cc06d39399aa3105d02edffd999e072a813dab81a38c83163e97105e39fd92910aecab771126eb512a29936111bf3f2a17edc08366e44cb9db873eda1eeb9cafda5a2d88362f6701e93eed148770074cd886e87c9c48620a34b95119180f47127e0545c174c456b8d2118a2d51253729ecdd8f8853b1a4efdcc230091ca380bda615aa131a23505fae26294251617a7a6d5165635bbba11abbf87fdfc6bfa1ca5acb6a9dde5d5ea9a6aa341f62f251ec9a295b7cbd18b7053da0d98188e329615c986f1e2da3e07dd4312cbdbc90b2de462949c10afb5d8d04c349bd717b4da6023f0bb1d02af45cc61ec984e88d6d801cdd418290cd793babbb3f8b88829775185835d05b31640827966350602c50420421b9d607f0bcb0ead3822225be20962b86711f3bff943a848d2654524e4529a42791e3e0d681851f56a9b01d34fde14de32270d7076f24f14cf600d428f174d917aeb8057296e310903a4f5d763fe47ee633bca03ad3de7de618741b892b7a8fc4d6eccb6b82db06964621b6c80f69f110e1234e454aff9c1a00fb41d9f88d3358a71c8086afe6c93f431eae67e66512c1273c613806a639c5a37622200b115c6c7ca9cf6c547829d81be106bcbc9165ec2e3d007545a0fb8445fd0317530cf217db8a89480ac67876b006b2a37abc3ed08debd96822606ca610d84bd33e34ef5f058e26508312e60068f16f6ea1b0c85067b583159a454639c6cfc121e6e848aee7b01411fdc11262032b34fbe1fcb7c87e5fb0da62118f4c040182681d8c680f7ceadb86264f910dd6b1cd6d995f6b2ee25704cc7c3131a5974af2ad503eea7f2ace1d4ea128ed4b9149ce56f83a78a9b3d664564981097d1d27c657e269581a6b461db0a588af8e8f3f9367a8a46941838cb3f5545b0f1b0f860fd03f631bd2d5a2785bb638c586f67b06c9419cbfc5f459c69da7ffd3c3fbccd38a17cf5c49943bfbc5231ef0ef2b2abaead985baae5c8a6efbae8e5e4773de00f53e7140adcea574813b01c5e852af26f441b3493998a137f6321eb92e77190f1142eaa828ed84b6a6dd9c2bd5aeec35e6cd0e49ddfa8396dbc6282b64cb1925bf128d3319e96634f9ea0759285db0f7ad919c6decf21fb6f7587583fa49e02b3c68ba09dba904dc98dec920bc8846d5d26c3581bb1a7ff8e06e2612bb70af2370489698593ee046a8c6a77f457924707dd5b82ef1912553520c2d86129f29fc52f9123ff29cae7fde527d56e16261a32736567bdec549684ef0ac27a7f951b6c76d3e207bab89a12a626efda65027f673e18d0a1e1c2d255f039b2f47a6f661844d389461f3cfc0db40ee9237d5dc443c8a67a9670bb846dfcfb164adc20c8f1ad28383b1cb38b105c3c5ed222cc50323dc902b6803f07cdde2eb3248484d8a06f5937ec47f657f0150e81b239938e4e8c41c6247f9675c6f605ae7f7799ddba0eda12c7bad57057f6536c10a577c63affd36eb6f1e8d1cbaba03d9f7972e791e9b7a5baf904467aa238adc89256ecaf20ad392c8d728a9728b6fa4ecb5f6e119921488e8c2901010d980bdf359a37f5cc5af48cba0a19c4dd183886f9fff6e1f4fad363c5a67e238e3349e8f9784cef4783ed455c0997ad804f08f1b3fc86378f950650daf0b65559d0492fac524811db0bb1993c92305e9142ba7a62166ce0535ac8aa864256b7c050a70fe8963fcf97e3f1d018e6262c80d3a98bdcefee4a9b327f32f9e1dab70559284cc71298b5b2668713620df4c92bd1c8f673d0ac152e4bb48c17d84bf3838fc64bd9272b5dfc2828168db80112872071617b7c9e54adafb44530e50641ebea72c6ab0f91cfc4d1955ff5f7efc3fab554fff27891087ea3a3a2ede99d21f250dc1e8596df2466cc1030d0f084f61ac4974e0d750ba111f075cce64d3f399109ddc1e7ee999b8360a01a9aad6e5707d139b40d2e00c12711df1102675a035c6c34663881bbf1a3ba7d98daba0657c540dc3a2a422c8d2b632b13f920e7e4acc6f02fdf1b4f4156c54c6337183d5152fc8838e4034c9d866ada9ce6ddb40fcf2a5fa468bbe9e0c5adbabab084e4fa25f4b71fecb77dbd519bd0a8acf6c02d534eb57cf60e6495a02a6770d60bec983c042a82d2da6b8445523415d790980bf2fbff6a5bb56a2debd3aa75ebfc28c3ffc4fe0184537c12cfb2d524a70e021cd81921a8f5baa6bc0d233057180dfad083b7ecda9eba7689e18996d42a86cb4e433c33565176bfd147a62bb6ec30882f474185cae5ee8b89ef16f8dcee75315a7bfcf39b1d026d7f3c317240467fb2b4a63255f8f2ead013978daf3aa097a020edbba3ffd4acb146c9111c55d8ed152e95f033bc6f18f865aa56dba7835eccc9af9f3c74bd912be881be623e016e5ca48b5a795c1ea072e4792f7150d589c47dd8cc7ba1c565bcd1b5ec9bf910933a24e01dd172fa1d214653e5ee459848442c98be14dd15855232e0dd7df945e54e2bf571005f83e99ed0e60fb5f844edc957851024760257dc9b3cfbe0a95d7c285939937a0933e44ff5ada69b95854dcd5272b322eaccf821aaa86d68f0e7e035fc309ae9524770925a4401d18c3511c9d8050fec82f5cf0a7b31d5d229fa490656b3878079635b154e277cadf58b3083b3a552c69328e7256d1cf1b4db14503db6c872c5534937bfe1f69e0ff3ca7bd271e1b5f806bf591efe02a4442d13ec4ef51514a6d16ffee1bac18d3d111d0fe17684a0d0498ff5bbd28f56c76fe90191a9016616df6d805f18853bcb6f4aaef03b4035f379fb07b5c86e88893717738ed8357e39e24f0ba2f77132df1666ab7841a9ac8cb54f3bb6fa429f6cdf0b59f36e17a80266dd0b6943ee788f7834d2b17608d0803a2b08829dcb44536abd3f5c975896de2a98724a4fe52e26565e4eb2573614241f86815e481e0ad478892ca2dddf4037b543206498c0fda22c0c32645fa5ec051f89eb7bf7e7f464e3b5785b2e29049c2dd02bf13c8ff3cb4bff0dbcedb6a99bf94bd61f25a6372d2f1a0069b8258f75bf6ad9db78fb0c4acd31ec8279caa9f177a60043bd98880cdb6e9cdb7828b84957c03bdf79ec164c8205c1ec04bf5f2b74b06083a1f6fa65013112caac460527fbc305ba2ea6b7cff7ae5e137162c8decb580ce75aaea0d1602fb32339aad7f3b410aa4f2e343afa7c269eaa65d48720ed38c6f4c8abb66e6fdb05c73a9d5b4749c2e4b8f54937ad0591781c095e7d835bd75b0f2aceec2f079df0dad98ab757ed4ab7a95b5218a05688df0563f509258be26e11d0f3cde7d992174d4f396e1fc76e4093f95b3e27f98807ebe4515fa57340e6ac16976fa6d9eab4ec36bcb328607a3b28d94cbaf34c276b8e2b445974b3c10ac9222ef07fca89104da00765c62b359d1e8dd98a7eca990a83f7a84718c06a0421739317f2875f7422a57e0cca66eee0fd6c4a37565503eb1e00f76b79e7ce9a04c6285345b2959104b2606e0e4e100ac53270911fef5af89205a68005eb2b8c26c908624f151e2bd5cb962bc3b3fdbbea9ffefc28f8f00b5e705db289224aa0136a03090c0feafb4cabbdfd0c16dea402ef59b4bb3cfb71e0b08383c0cf30b8723353c4971c59c9d72b5a76e95d6bb4a73bb63ba1ccf586c667be2cb527924cb7a3dbfe5d0c277dfe6287dd0555dc12cb6643d218873bf718db545c582b573335f03efaa2eb9230192deb155ec118c86f4e4bbed3546877acf57b84b519ae4b90d9f8937a2e2ef17ee605f05d80a15a0f91a6f5b66040476e808f6b6cc21806291c8f9333f816d49009688ee17ce91419bd9e031f8b33f38d01d4bcdfd2fce391f25c0290f6b17bf8da74664a460f817b444d53413cf0d072238f9b6bdc6436adc9d5efabe62238c71c063c7b360ad50120583b86dec38b709e0aa8e1ad86d88521670d8eccaad87d2a8728d09b447968fc586d43d7f74898b9ba78d57f11dc76c750c81e2f834cd1ecad40bd3396562ad0f4229735e951efa9f0c990dab1bced9d9ccb9a59a36864d4c16a8bd851e3a889425836cf8d2e234ab9231c38633f57a36e3a0e5d137e726a189192a3ac3efcd67b032d60c2787eea33105d3d6e8aa26cbc49dba287a7b356c4dc0f7f6b2b09bf3d511a3a24990b9fec45b312bea761acf232520ff0bf22f025e2b6e0964ec940699d947dd57229a4ecc15a8f8c241d16b0fcf3a48855d98b0fdd80455cabe9de3e88b9efc490920ba9ea1b57be4ebd9551dd5f063bad8abc9d5c1d2d46370739d8efba0d4bf5d2ca6cddbb92f94ba29f17552d48d45dc453efba6ea13af31146e731dd1b4d28fa34f608dbd36dfbc7cb7f8bebc41404f6c5ee04339689926a8ada4d5d0d2e280171bbbbb4400aacb91ff00c5119c1a3c62feb94d455ce62acf87964be4113a1cb07568d55463e1c59facd9a3a9153b2ef29a77c29a758c3671179860fe0fa703159096f3de9c6fda7fb68ad079daf7e9493e4bc712f0c4ad97829336fbb8a7de48683474d9bee8153e3753270000c0cd21c788659b0b41e5da7cb893ce9a9be5c0e944f6bcf2271adc02412548a61f572a263ad5d45d706672eceae809d0f79b06d7febc71b9d7b478be07cd6c169f426e410dd6fcbde1300dbb424e2e55fd127ec6f394fc126aacbff04d375953e34d3fe17f14fee52c9d044d70d393051bf28aa5641e0e8d97a6de1a1414479c24bc01eb9387071996d70f1e958d7ad6b11f3813380ad06f50754a441ae5c6334be945df3de65062fa90d41bf125f19e6ef4666bb24f51ca24c31c309b56345bd543d1307b55a8ce7837d8fa24d1a8a7e842765daffbbc3c57a91205293aeb11a5d285cc2685deac9795f1e2325dae770befb1861479121f514d73a570fd45497796f52f518bbcacfcb7fde8015bbb555963945935b95b1522d918f95929e8243cf8f831bc3bb7228679b03c70a4e37780ad141ceedf56c21221bb263b5e0baea88b6792b5f72ffad60995030c13048e1f62ed0554cb056597693dd396d4e2a74735b776e646b68e65303974645cfe6a9214c426f1e790b11ebd03c4884034d11d15cd2981ba6c91ea6ada25f46ef13df6946b44567ecfeea6fb5b9db31c8eeae6e32da4398f6b64c542c0b87ee1aeeee5d6b8403f22bf1516c7ceb0355d1b5b0f09186ea5df776af5e2f6e86161202ea0112d18c7c5129207b383a5e7d2b1c835b888a4219e06d2229c1ea1838690fcf2e2a0ce777b1c209554edfeb0e8612c5e0773cdf1fbd1f7622a2d622853d88ffcd728481f1836de96ca9fee29ec24e3185b685fdaf608e87af51b3fb375d42587326a6abffe3540a8cfec8f84193b010d4e5d29028f6203abd56d4383bde7dd3b7da58d9f48ca1ae9b38a6b5b45c42ab3585fd78fd681d090d37a1060be62bf4991906b46d66ba7f77ee076fbd6abf64ab7fcd79223664954653a4654d6d009a71b684b9e9687956e007dcf77ebf2fe89cd028477bccdaf94f92e6d97efaff0b221af172101f8e9e7bd882dcb609c3c2fb1f5b012a3b67ead4d0f83d9be471002f26e8a1b214155194a77c2cbacc0fff09b80091e031451d769a80cbd9a59fa6485b2575e7540f1e54a9c61050e019f1a2c0e8cafe98f1eb82a86b49c93fb2a2bd6970b162ce0f7089dc80e89f61918f8156688b0004b6abdf4c02d1fb945fd4d94ce675e45b0325d65685e7a07529aaf7ddb7a15713e97d0bd173e842e05ac51b7dc34281580fc1088d06cea30ab8a13569b8e0bb2f402a583def9cfeb277c686a6bda6c66649ffece22fee5f93a72c364efb787bd1c6a1c6550e7fb0b2474979f76beecad05d153eb0404f9d03b3b2e2584eb8934adc886c1882dbd6c93c4d8793c0f92af019d644b935e1d3daa7a3c7419dd0c998f7b949b40b0a5dd5cd954a3a98590dedf1e1de6ce11d8d1245b5d84c2d2cc2454964f860887612505092167344485fc7d51fdbfad53b9a91ffb00713357f0ec96c068af0067b7be4b492aaa621233faca64ab12cd58627b0138db15aaa8f22e66ec14ce902e16118cc97f769ba3b7f2f1cc9557f2aa8852b7e4f70867da7baa4ad5ed077e6ab67a4aa77f0af8603cee1fe2d0c7a99f51da889869c6d4b84ab0216af8b5eae1d042987537b99ff3a3ce37c02fb9336becc43a773712c153177ee8c5a8e4771602606ebe87c9112b4b90fdea8941352a5ffa84553f9897edb0e61d7e8ea90e78d6d70a1ba8aaeb3d076ccf36450addd7eb4ac36a089397e9b74ace3790250f847f665f654af2233576d0d9fc6e2baa40f8cd96dc6c9a4560a5fd1521202091c189908354774e00c03c4f4a3c1487e1087432b563189c2dd296e84c47f658625e33b87b00acf4618eafc754bc0bd4173ec4aff862091e3a772f3d2073637d55947178a998557b780eb1ce9e7850220c76a982c8f42f37a12635d3220519cd04a87d1b6beb821a93059740b67e9d7f6bc4bdeaec2973723d4636621be79605987def497beb6096cb37440b2e6ecc23a0f7d06afc40e982849ad549a0acb4647da15460f2bd30a6e6ce9dc0804032ded2663f59bd93869720d587db21870bc7d3df1229b7926685fe308c5ed73b7dbda5c92e24d86655fc5c4ed9ea12e7a564c0b3e21222d30a3713a2852ed12652e4a90c1260a8069a320c5066469b9591e3ca400edce54568029af521d3d5c023996ac5ef58b0b8363896d2b4b3222ca606477cf8f0305e2c16f1c96a7dde7a396e775e1b73169d4a287a50707a49f80c1aa997e9255d1556c9419307f5869ee524c4d57de23547e262efb94fdb0aae313319b1f8fe8da57bfad851cfbb88c4e4d0849aaba3b65919f9b2956e185c4497145771f9a64f9a91dc63167078da045a19099e3d8a68a1ffa015707b0b8fba7352975c8068b7b68bbfc4e8754a8b9d79f6f6be20cded7d4233f7fe883acfebeed2d2daeb5c9b18f7099f5d32330e2f0c179dcc1bf497ccbec6445ed72f42bcf69495415925c2ab79cd95537176efdfc790644ff97c51a09c73d7371da92bd3d8938f5535893e481398873c946a04aa37191aaa9e3aff40c0b9ee25555ae118ca97041fb6b03eb3fad700d8ae38df4c05e7362c9d982976a38e9d57a8a3a289ea7cde716dcb4b9546157ec5317fbb433b6682948f7c9037ecefdc7a3856f17fcc05c20e07905f387301038d11462d6325de85975f9356c52d21acee96f116e7c2e1074980135bab62b658ffc39afd079a71d2b8397bf4ec67f357bd1f4516fe66448f7b92e09532515cb1d598f3c71b966f2019457afc5e33c10b1761c07dccb40ec7d2c80c0719e3ed7d1f3d07ebf5d61b95e47de49339749f3cc830282c05a0944510c42828f676725344833709d28fc548bd9baddd0d0a7c102cd339d2dac0c0a88df5def67831ed99ca2b4fc7b9bc9f6d80e7abde4ac10d5ec3cf423207518cc57415de33fabf122307fc14227b3069dbe0a263974551189058a61259c65d66399e21ae92c3398c71c3fcb9a93433ce474e72ac7e55df4bc5ea0099371be0f2b4fd3f1d59660b0d3383b4025fade8ca9d2dd17e48d46896801383ac3f1d0d197a4836b898706f4951d4a51eceae34764001306d5ef0602578b8d9d9c1c012b004e1db543ab9b1040ae6bd2b0b6d10663b46cfb525ccd293efea731fe458ce096dbd7a5597b2ffe2979c238c22bcd1fbf70b69510566a2dac1d545a154090a1d0830496e0fdc368ecef134ef1bae5132a19242948ef1486ebd13177d219ae00b7a40c9cbd94698c7e11499a0697129ed8bb102a29b9570ca9998ec593ec0d98e86107da94c650ef437adee8edb1503217c640b30995897380b7f8d0f257742847de4a462a89c7a2bbe0b09ee63427bc11d179ac79e648d356b8f8f8c3d44fbfc458bb091de573751574cc26c9d7d41b559a6f1730ff0456662b133d18421c13c080c1b20947f625338ab57e85d1fcd947f81c99ad1387923bb833770b609f7d54a6b7b0ae8568de3c50860baa0ae562cc44041d49f30996d96544c02abc00730372312995c2a42557d9074e83c8c91377eb9ee2d74e564e91ae5831982740b811ca2b656a69ee2dfaa14a3cf0b78bd7f1122db28516dbe2c1921ca1f3a1f8b844ca654a78a1915330e115e6af6564b410506178a74108b101085ff6aad1dde384abe0b355e1f3c9a960765625ecd1a00994fbf4e41b8e443fcc8b22589d3054d455614d682de85218be12d7e8af5f0327481872e2524f95fd6031fc3376faed5fa24ef0035180d392c1abbd0470e33971da9e6b71756028b95bb77f4897d5a8e3f2ab478f5e05710aedfdbe95ba7e1d4160cb8df8f7ec3caaf21ac1f59652c8abad295eec6fc705eff296dc5f77d0b92437c385c2033f66d81f6e928d1a7fc51f1b70bbaf6a405f6c695a655aeebf2a984f63278d01d93f364d957c0e019e11007619ad2748dc4dbbba56018b4f342f00f7c6e721f1a6f85d87d68f6f88ce60921d53efdfc05aa702fae82738929e5a92de910ef61475a5408ac1dabef2e12834bc2bcf146ca325561d3010c2bbf0d2dd823d2c26e26e1ae7d9c94c2865c79aef37f99ea077634e2fbe8ddcd65a5ac33ff7bfb2c27165c1325b881ab4319d334821575f068f67abcfca9d924dbdc9a8804ea9aea221aabef7e06538f857702a0a817cd816749ca5f7ce2b46a2b1d0b1476e7ded87addde86ac346e2147b79bd3b7ca3ea7c1daa3980f04cbb6a7417c7361c90a1842f5c028cbd8c039f1e9f8848f217b57b895d81d8663b4bef83902ee89dd9b6596d6108a9c762b5ec8e6f08886fe142ed95d605acf5b4d0c86b0168c10908460205302db919b20a77360c8a2e65aad394b854b8e264c27fae9b0e59a84d9b00a4a4b380b1c7e7dfa8a3967a2df1482dabff31e491e81e62b89a2273d392a0c18b37633494e0d037bdadc0b12f4d8c858ef4931ccade405edc6f2e7e713c180f73474b1faa66e408226877faaaf67657cfe5fafa266becdd7c1e0b29257e38b43e4a352f157cc53f3b4e25eb9be91716a00423b96dc7e455fe5524292dc3b8319cbd9b98af50a6f521f300e88d617aeb08ad24c79b105210820ae85a5e7542b5f9561915982ff177c54e84a55a84ea14b04570cb193181dea4f18639adea54c09deaf0aad10437fcbf868b8189014630c3a06061b1d33b66f371ca2f51aea84dddf708f694aea92b3d1ef37d21a85c45bf768a1b3717b6d3ab8344b07f6f607719f8e0e53e744950259a18671a13fa2d79675c4a0b547c8f9ba0708dae32d0e8f9b65c1e73e8263d1e73fe776241f1cfa69c67ef1291dff6c6f1e8b40734c1a8b211a7e05064eb6efc9b3b12228ca8e0ffc8ffeeeeffa7552b2322939282e4c260ee0e5aa11b229d8fc771466f2a818112e97bc88a22758e75224d023b93921cf1dba20cdd0035ebeed6eb74d8e20a9d7945cf43cb3448de7c31372bf8979cebfeaac8202f74ea8029be4c342ccc7ae776189f2aa28676b5151c622be49e85040fd5e24041e4aa0052638105cd9664e056ddfe7ef963b9644589582d78865283b4432a2c66ad6a89d6933a68bbba25dc99509dafedf4781f07f5d07f0cad817361e1aff08b590ce0dabeffe5d87f504d19ea6503e5e213ee14d273424d42aab2511824263d0af45cba7dd7abf7f7069bfa468a48a4487adc55b7b5a0a45079abee1cde80be0de46755a80be9a942b520d0b063bdbdfdb3aaef2fc2488a863d8d6e3447db2aaf820a54bb487f50d9117bbc7af19e4e93f6e3ef0315e57cbf7a5a4ee994e91c6d2da0ada3ce84019e6ebf2e02695ca455b1560d24eb7ea9130eb6332dc7822f787c282f8c5a3580bfd5ddd2232e3f997ec2b7e8f174f41757b4a91a57a018eb26a9af3c5ddefe43c86316cb05da14ab76a6e14df6a1b6e7d26d13ee7762353e0fe87f50bb4aecb3527ee021876da22893b4dd805be4877a596bf5379c3834bd73ca9c96c4a120aa2fdfba54230f3def8081fe0899d498aa9aa1e60092c9033e46550ca98d8198e49b7f225dc7623ffb136b92da41efc9c93910ab5a92f71ebace5e32aa15e502f7b4aa34d373a08f279dbb4f7a06dba7896bc51bf60cb3aeef73f3774629b97f4978420db3760b72f4d3b21b33a8d350a016c7e3979a4f5b82a8fd1e40e24d43c0f021a673ee52e712ab84e21f572fbd5e12b0e50a8e2491b9cbf26cff9390102c9fc1d37dde7bb0f323de1db5e780b90f099dfe6d340f92ca07201d06c940780ae752d8306ccc09967e8f82314a6c71d824bf87eb4cd46b2ab872fc3f4da8be69ec27b87e487942be81ce7f625c985f66992d31286a8f8d953a90170f44ab6aede70feb99b018243bdf3a7f0ea8064520b6a239732e2b6e32424f384673e491fb074a0713044f93acc17f4f0c934c39d5050bf8319d34189e34625557315fcb27f97775de4b5ed347f5b06291900042cbe50bc36a73c324a4426cd644ee2a8530007f0b9861a2b66bd048a77d02b8e72531f3cd99cdf0b159acdb794290729de28e7f9f917e09a75fa1ab7e9e718fe6055c5ef6aed057f2543efef29daa4304d61c608d928fa860fbbaabe8838cbf1ad136a164cc91df9df97457d2a143e3294c1be7a329c01d9a0ddb5584df989ddcff5929cd66b5136a0c1c1bc546cc50dba1d44e81863d9a86dab7095e6816f8410ef90383c26edfd5f5c1ae40cc9ddeaf583edaf72679a02b0f5a791b70cc40e232942e0cf7655d8e588ce5a60a9d52de66a9f8819f3568989aedbadb6e7022424ac6dc2a93a7424afdffed795bed58f79352a8f36ef1cd6854774c381307967287d5d559ebbd010ca3e1059fbb01bdcf8aa1e942a18cc2ed166479b4f68d03c5716bf3043d6bed82a8b7745e54a2efe04e62998a87051a1ce9c28a535cbffe79783ba3d9fb0cea2094771a917bbc86654164a5c90fd9ca70127ef9547ba17d81c47b041433ad5402199c2857e472d6afa7d3fcd94755cab716a8dec88f5038c4f074c7c00b90b579e83234b9418cb26c0c28abcce4f6461ae9c20fa89bf1be6797ecd22588f9bdaf8b21fd45da6c3aef00a99560fc3dbcbcb8f242a9902bdc1954ab2d2ce26b445d6ee1e91537f216eda513923f8821bcb3e4b78c52465e48720ac922aff13ee740a7e82b056d989d9f183c7e47c14c4de65151148139e3c1370ff3ab271a141df90edcae5f26ce4af684232c305effebae37eef30c6265e960d4965b25d62cbf99ef62e113a6f7de8907b1dbb7fc0b8318ef72cc32d73245e3a10db522163fee59d4d4ec142a35f17bbab5677e045f8e6c14747abb0234803280ee49118bd8ea1f4436f11f67711e598f28b9fea0acfea1b539f2f30fe35fb245b552226618bd565fbc0f8808f0b9cb28c5489e867ad1cbd36ab4248224f06dc703c70cbf98072f37ce97062c2a00246e66be7e8e0b2dc59bd1647b0f999ef97f4da3a3ed0f6c84e19ebdde22c053ab1a20e81ed24c393ecbed1dd217ba04c7716003b78941a5f3606c5853397208814719da425a809e63a65156a6942248450a2664d34f9f0fa38e2b0de10844868049746bd0384075c6fe322a2d488c5d1276f3eb4aead81b773b874819ba313bd663cde56b56072edba4cab219ee47edea152f65cfeda4314d3003ac22d289afce743a4c8041c7d102baeb6aca94cc20c6b162a8c5f417870c9d9a265f76f5c4e7051e785bae2c638ae495827422b92a0efe51496804d34e50d7c0b3172c8baad2d88d42dbf8f3b751734da24d9f91a51beb42824bf9709b289034493548b7beca4f95b96d4d92a8cdcf96ebc3053be9961bc20b5f1f06cec0044986f519ba9f90c8f0fc4a3d43c73029c4fc7a49009f8a97c9b35c86b6d0e900016ac0fa7648dddc09beee1523f0b06f2206cc3deee54e9f10bb15f8bed51b1977db3190c3f6266bb6d2c395764bc4dd891f143343ca69bbd1622beec2b2e92632c3e9bb546a9027152126c2c3912f759b068cf5d63770bc192e723c5025a679e77f0e611da3a3058fb7236d4d4949a1bb38447518354b9def8454335470a7188bb25a133ff33d27a706ae8c8a6ead431f66f10a844d8b557cf4df0743db8ddae9f14ae9535319aa45ee68c973bb899a704eb417031417d072644321c278dbb935d8b0804d4963b6b962560677baf88989be82c770898f54c48341adf653d0f4aca1a29c0e772cf4114400afafc17174767f717c82f7c6e5fdb25c4246dbf3d6c4d037039f46f6ea2b2adc771bf01559d914a06a6b52c8d699b89e872d55533287d9666ccf34db5bcb2124bb1e7ae281f9c67e2121b2f91ba0ba6e57eca29b351b8d026d506aaae288fd7dd680fa22fdd99129587c4ad18ceea2e243aeae32be6edea3315a9c787e90bd61a6851c3a3b52ce0f4271753934001994336c3756f3fec044f7433f5a89660bdaa92c5f439b9f72b4ad957c05bba733c8f6d6bacd3db0312e942afdb43cadcff14d357ec4acef423e99d47e92f52b0a88ead3ace9b945d96614867f7bffbe40fd7d0406e5e40a9b2f42f6358365fced405d04c0a68c3d855435310c029306aaf781767d3600de03339498af08436364e6550c6b39580d1fb2a266844211654ef315ae7db426d535e573e33f446a8c6e98bbd9a711533e0ee3dfdc185a612e09331fc9283b5131530bad89fffefe8feeac44f4ee490c841f82d497061539b79b44276c48630876866eaaa408c71f939f78fdfd0f64dddd2e2303143d8afe1626dc65d3c9ef01e2012711c6e8404877a7f2442269d6f642aba7aa5d0da8c6df46607ed8a4d79c3ff7fffa2a3fdecbcac59c34d5488655fd3cb407e90bf466a4331370db028d707a0e53a7a474af85ca9adb571542c2ab1af097e3cdd10ed30c5bd88b1ff2a961bde1fd4aa80369ab5ed23b527582194d5cac267e4cbb0b7fcf74d11c020f27412520fcee4f4bc3ad0207e1b04621de2ac1d9aa2432c558f5e6aa60c4939c91466f6ec66135ad52961ea5d7f3c24f77537bf32095520ae3b1546d0b245de2c81666e96df6c24056aa32d605855d7aebf3b6577f72519cccbc9190d6d6cd04075e84dd501e52be5a166cc513cf0d085f41d6b203d70ff784d8bed81d75156fedb8f7c0cf63e4e03838c64b05ee16f0292e911b668b419fad3d0384cba9a4236329f1933e787e0a290ac076ea3a028a573f22dd02bf9095afda7bbf00deb8532204ea01d7a790566627edff3d5ca06bc2fdfe26d136aabb41f7169970488da29cf70fc9419deffe2e545ac6b7069afbdacf720e7e8e8a39a660c0a9e6a57230dea9fb8bfb2505ecbc252117c4de5b361e5ff2df8ee40a0c9191978a601cce984f0804626c8f517876f9ff49f58989f88cd8ee1637f29f8618a7e6f18f9e91c6612c812ec3a4b655b31ee177a8454f770511ad60e4a47b805b30a3bb96e887d9a32c143c141c030b1ea90f0329560a66d01440197fcd8e8e4168d3d4bfdb0a4c6d1865111b1a73f61967598b11aa3abda3bbcf10eb8a97fa0243658c5aa2121f751bf907c1d3fc2645ebe4695ecdf9b4c3a79930d37cbff09f4044150e63f89c7247ca9a4ac23bad314e6d141860ce3f265ba0fb59f19f82cea6a97a82a3acaa1fba593e15df3832bfadc6ab55854c5661834d45cc6e58e64800ddd2fa253ce296579a8d645fc1882ac87f2db122158950b2f7104037f7daed955fd1b905b0e1ba1cf7553b6ff490a248ebc9e527879a536140f66c9b04106adc0b78f1e40e183b49187103a9db992e712b4ccb9836f4d2294e3d638a2ea051021315da42b3a4b0f3b3661a6b817de29b2f40d10b5e8b33fa2c3b0422c02c3ca03bf86592a20117763e51e7f9124084d9a6bf7d312df7e43ad7c495ab3168125cb383c54e66698dd404a3789f8bf937efef0d3b0b62acfff73fc8be5e109f3ae3b2f4dd6225f16c6116520c272b75a2277a6848c545ddf34b9e5e7d144f1c981f9b837483632bd139ba12dfe04f0b32859dda66d91b0199b7b257771eab575351f6d3c4398623748393fa875cd204b01627094a8636026bf05548831fa34cf4f17ba4d6e98be34b4d9151cd70a03afd3b084d99855af22243d1a5bb84b6285bc03e4691eed52d841a061c1ada4fd53811fbb3a5c4c9d9a37bcd55ea8fc7b4a5dc8090b39defab327d0c8e020821fd25eb5391d71be74a87c595942643178bb7f0591b2c69afba1a52b862a5e3f357b2409be10063042596a7a42513267292f4669d358ec47b5699f78b0849d698339d3bf757cab31dc9f16716b986b8ffa8c8480555378c2d4e065a5062c747fd03e2056d59c84cd20fa86edc6e48a1463c64229acd6ed0b3c5f1103af88f50e280aefd5513b61b69551c061a77027034debc35c31e5b6c35a8b8a9183e8f5fc7755fe76aa22b3ee61db406eb327ad4f965b5ceec6475cee2dbd37a77b942b79234e95edc2ea6fe9acae8d4dd32decebfdc560de1368edc8b6d01895d9ecf0f5ffac82e8f537be2ec282338dbc1a34c639b885b39ea6f50e005491e69b896769581b949472c6fac07ba7c50bff35f30c94bc8a1d4903a891a2e26284010f578c787b367e64e1f03cb1f8d70b0b65dd8899cbcc488e7ab0d673faa8e2c97e5aa06afcaa0ccebe695ed32ef2a6271f8ff54d4faeabe92de682245079616ea14355e4828c818e9e190ea6527355a392d65cf7a69e8459b360842a2917e4cbdf4ce387e25ea421159f88cb32b882a53ed89b22fe086a2facf28132d06c53bbb9468a38e225052cf607ff7a7a5ee4acfd5912cdb9a246a8f16dcd18a233eaca14ccb540c31575fad92f477e24126d27b2d8958fa6f448f74869ce758dfa8a56f247ab552296102ae7ba0d0c14eac9ef4b6d751fa1b829276999907e3b35e8633d10e9d4c862c2e63759d9f1e23da4052b11e6e6f3091ffbda58841922919ee44da619053ac3691d83b454cedf2c481d17909b97a096034697e30927d3638640db5c9c2f76b5fa91e0263daa2ad149a9247e75611a859f26f0d6828d8e1020efa35d8b3efa27c3710b854839ad2d42f6e29547e49428b8a1367b49356c9b50dbfc82a41ab749f07d52f3f13feda51a0e96971aa950da6a49249d5f9cacae31fea18624c2552a9323c221191487852c17ecebec6f2f701eb6dea009949b3786e6aceb7e8260933148c06be260e9a097e876002afdf597c47221a938f12f6c5ae317bb06070b9a54a626dfc01cdfea7547e409bfefa8f0da95313b748c484c48d22800f53c4aa8879822582ec924e5685bdcc62bb3e08f692a67ee8e8b368c4415dfae14de2f2bd894551207f63e413d54c5caed5f37bd4fdf5b6c5a03417cef2893b6e2735f729fa8457bac8075e4c808173859fa29737a9aae384dc9410986c2ef3f371eef6b63939dcd5694f1bdc7f9b17c49c3f6dc39930552cc4ef84f56d4ae8abd76587d102823fd035d68b894ab174fbe50155c1de000c12faa3aabfc0ef4ea367788a1d0dfb3d0680cd0e5864fd35ac5ecd96833ba467db4cd991888f3001d3d25e2773bfd7a3c263b704bf5d958ce784dca92b25ceb80117df3210461721d21f16105d4e64b32995e72af595e63728971c601a72ff5e685e25693d5d46e9651b9d483cc81949b8fb00fd6e2e5eee92addc5b838d9f8f4163ca81947819bc8e025338a83f1cee1fdf82d6e4eaa772760bc6e3d5dbcc0330fbd5903c2c6a117d64355ff6f23b771a8ba170454eca4dc5557c9fa1f738551e92478f424edba99b34758d1c8ee07bd7046d4d37661add546b2e9cd3fbc8398a4ba75d9230b7a812d776787870c9fc7b76acc07b22fe06b306f83fbd84b2d71681994db928931da85ff0ff1d9cd6dc6998ea5dc85944c7c72cf6bc8f6314b4f56e72a6a0a147b0f37653517a34f4eaade0541f11c9abb726723ea8720982631982dc246ada88cc951ad58fe0162bd9f74c05982e2e6f7878598da62e14ef00d7f6683a52d82b27611385140232abf0f10abba6a256cde98ab9d01c2e9cada7d150f9035005bd85853e47e63ae35a67c1d3a785a5621c5b73352f0e2a682c071021513e5741bd07ae99458b381540111c13794e7229a6788995f787b43a714ef809ecb657e3fca8d84cb845e883fe36cd014990e6b27040d9c154c84b3e6b4087516c1f9ecf0db7c8b4cafc804b3814bcabf16d66014703abb99dfc3eb3e4c8d344d821b8f7357c4a705dd80472ca764dff76fbe8d500313371e9ce136d8ede61d93b3692e3e8ba774ef2850a316243dbd891a3e3bc8092580cb8370f12bf6338701396cc39533fc71b1306455824014237dd819edc0d4d7ee03f12bd94f0e413f5cc2847b1e8c9ed59d8fb3bc64b96bc5977f1e247e27a49574785f8f1319f9dd9cd311e207401bcac62b5271a950f09d636b0bb0008b1e22501d82c0ab1e42a6130a389008952fa00758162dea42bad36948e59569fc7e2f72c23e171f815bc0e848e945ff0f26894fbcd9ed05c0f66d55b6900479ab1342881e747847c6e6e00e8d363af17151304a42b724a66ca0dae0db5a7219803163a5186f406179cb87e52468977528d7a80db31fc4789160ee02ea2428701b88c441d4dd4d4e3fabb0d77a9737835a7faa07e6dc75b17b6faf5be4322a447c29ba29e5e8cea33ecd87c1a54f7205e02291e2daec74c44d3af47e8e4248298a7f2609bf2bc38f2704a783a3e256fb8d148437b069936b5d5e858a2c522ea0810769e80dc2e85a63ca4cbc9ae34d69031c2ceb9a79ad79a3f5330c7d1dfba1fc930ae381ff4e77826a2ef018154a6012d4f145683869fafe6eb7d853b706f8952dfc3c006541de98ec7d60a13af21293b16ca11bb986898e58d09013114c5f6e1b342024fc8a05d4a3a027ca4529cb085eac79f70b6684e2d8b41f96cf1b39fe5df57aa4b3d76719c7ad4d2f77c9d29a419e05ca57b2333af28768f21e451f25ea59d972376ebc49c848447e5bfffaa252d64ff3ba16af7934b46f46d6c93ded8cce9b610608f468e0465fc26b868b4e599d42a4e16a902fc68c1afb8604cf7b2e8cf1360016972928a2c3e5230843d359fa66f5e58859d119abcd900c36b1799a37ac7c8bb85cbc5bb9b34f66b7725aa65afc927dd4bbe05d72acf4b9a4e8c8ad0c66dae97e95d88465e61624c0bc0a03bf0cd1fc6ea06af3d0e3d5f806b875cde57944eaa141b3fe1602e59cd00980dcf73d59c59734293e055ff0e8fbd3c0f9aa8cc3a05104e2f49b74cb777a03dc398b069a3f544d4d851b9713cd0b4cb484d344d45745bc8b48210a622bdb76e50c17324c2b381bda24b2058f442b17b9e1a7a146c151f6f2083c82943cc17ade34a972d1d3de84a2c90ca909ba5d26100fb85081ec7bf6643777c1c83e807168e4e93c22c65344220a5cde4df686a3d6372161930423674ca1bac23119b75e21394e0a78c2b130045619da5eb6d0b47b0f5974c7df9a01ecac537755cff530c23db45f2cc393b90b8f38e96a47b2d90ca5f3788b5cba564d4c60f1ca8f1d228e917317ae7598c1e1b106a2c53e885e37d218ba3d2eddb30fac3db565b96ebdea098a05144dc3c4291ad239d3a688ddf22ebee0af74f2f65208adbdd51c27e8afe089e7eecb8976579dff1fb3b65bd78843dfa1e77e366cd96b4f067faed686cdd216c04bbbf86be37963dfa4b206faa75bbb8516483bb05cf7c89aebd39cbae02c03daa336ca2ebd979ec05bd0aefd4d02db210c7f0ba693b6083f3b0c66b6296dcaef5410db6de27a9a5f300830a19261db0361d723a6361a875303e6ef497019a17fc31a85424326f6354205f4cae58fe7bc8dade457057e09f9c9b686e42a403dbff9a98de91e10b58ae5394778a88a266561da64bd63be40428f5d0776351d75b61ef00fcbc72fd3a9721d601109ccf931b6dc5bda2835058cc5b736d60317eafa88747aa174b2158894a2f9c95188e7c90032070b393d761191f84d579f17167aabcbf7a93416a3ae466f0edcd2aa8c479871d6245ffa20aa5d83f8933ddcd6d468bc4d55c004f2983dd01c53a50dbeac5f0225004c7f56e16d569113fb42febdfa4d93305decfefac65ee4a3495d1011a49f4e0aa0a316bd09fe3484acdd195f1e491e3cfc36dd910e8e2524c6e0d48c9a0e98301dd5722e00cb042fb27ac6ea8530eafd145c81b0c93ebc61e43b2e2ad4cddc0ef70f8887cb678c4580ee17633e4aa7b290068bfc193abc43187d2fb8d3092cda12ac1193b1cc3a499b1d261c7befd2b40382c13abb0c92dd1ea6d27687e0f624de73c1e2d2c4d72f1b36f1c39a950f84852f7d0125a1178ae1ca0c5a743b738130daaf539470312c6df9a13c3a74845b7ba7ab1abc60404065fdcc6d380265018e4660b5271d984609a1712710d877ae0766805e9440bc3289f17841f9adf93a3ada42dd88f69e3f5ffa728c2f603a1abb566743f6edddd772c8732fb58dbae0cff40fec49b30faa69fd5f47d5645dcf8c78ead778d9d80e06ac1e61f44c4489b264c598a0bc8357527980276698d6332c63798bd6e80e2504c52e587be7c9df7d46f347ff5b462ff292fe43282ea9cac8a250b8478d8c416221fc56230145df2419db65ba2dacfda5e6588cd108aeec77ef2d26c57cfaed94ccceb8802bc2afa19a300dfcd9e0f74a222d0146f8292c5935a6f7054f0eba66bba7e450e4629b291f17a976cc8d93ef1f2f9491ea795104d9ff056c6c5d7a824b00725f53d8d07531b39b9d8484ed8a4fa204d4cd4fc40bb12c039142953a50d9c3bbe443d0dd2adff0380bf52bafc10acbf6f52f1fc8928097589928532a119be90bc23dc4e7516d56b459df8c2234575b83d5acdc765b6b773eb39dbb64d916869c5521881ed4c27c581c52549349aaa310f7d8651e1e8afcaf1e8e083ec66954732fa031bf2d346bc3c7369556e97ca99e682349da31ab37f2a717e82520f2bd74082ec80877f21de2be615d1b913b3cdb5087499425becba5baf36f8a283bb198ccfd131546f0c785e168777088baf4c3ab24632202086d8bc9e3caeacace254389834587bd56099ab5107109f6781fc60c9e900f0f29f542f37a6df5427fe7325913483756618ffbf953a6859581da66af7370a2a7649a4e4b8e85eff48150c38f1c9b04c3dc3970996229d42c55255e4c35c4fe31d94320407ce6ec39c7bdfec5821b15dc8a389b24d25addf16800a48f47ecc93708f4f55c8de0f1fc7c555107529d71342955d249da86ba7be00d630a2e6e8c8d17c2b4150d58063c074f0b30953ceb6af244fbadd9951e42a8b4a552706e0dfece16ddc290594e1842e830c422d659d8545431c30ad1d0a61000143ad46bf109d30e5ba5089c283cab9f9e5a812340aade31786808442e6770987c613b9332df5186aee73c71a5c3e05a49f82d4e8130ea1f857c72789b9b2d3bc78fc73a404abaff81f7f8e656bbcf4c674b44c17174a2961f89cdd6540353db7778959a7eefa7a4a6881873a0cd36a0a1843c6c09901d982268674f5608b9f143105be508d48753eee63448568c8f017682ca3308df1a21e434a6a77985d985aa005d8063a4f3b147a3a5a5a03f885dfbb4fd2bce6363308f37691ceb50ded21cbd592861c473a812fb4b2da3200ac83a8d6cd6233a979ceb2ce38ad3570dc7ac3b72f93c7cdf79fac6ddbb021d19b5be528705a4f5665448087ba26bbba6bcb77ee8ca0dc672500d8d4c563c60fa4e4493d0e290b26de1eac2cf289b72e13aeabd0900485183e5ba01d2e0937cd0a8aa60e2f52fe89c5c1ee327e6dd7a6a1d04a00670f707fa5ee2db2214b280d80e26ebd1703ece883f2b0354c6bf54882bc36f63700413360ca89466f45b083d7709ca816a0bed1dceee4cfcaa1703df4bd0af03f717ca953aae963e49a0f5ab5ed749fb35d2d2bbb6c64a0fbc9a13017c268198811f526a24edc60965ba08a4ba8de180366e14bd2ee592c82ea883812206a2e74ce48f155b9214b3a0b4aebbf56fe38507ab837ff8bd8dbd970d5d644f8215fca0f344966d9475d05cf3fbeb990448ce0f058d622a6665cb63555d2ec58cfb06902399914f9ada5d30362730a08bc44101b069b5feb012a974de1d81f4b3a9ce24aab285e14485443268411282c763191befa1ef07af4ccef011e8228fefc95b1527fa30b9f8d8d1b4bcbc1133d484c1d015ec2df1dcc540473aadcae30af8ebe150ee909033ccb594850ae347b358e3a244003eedef7e60b1ced0520ab161af993e6c614924069375c61c9784bbf4ec4ad1fc29fa895dd3049787a022349c591e40d6752dd5aedb4a6f827eb76393588c6049e6f6e2bf39b8377620e73f6cbfdb425e69126cb87ce25f3495254c1345cee9c87e5c06f7f824365799cf0988ddcc1bb6730747719f99a1ef2fdbae3dbb912dc08a864965f4807a99db534dacd4ca91fe4a06841b4a8a6cd556f5342c44fb2d73af71ed7f1a4163cd9ad98f44b22b2df7b9f4f81c056f054650fc29a5b3f1c56632f60c304d5e29f2fe74106f40f3e10814ea08352b8dc0fa107a250e858b575a5202d5a26470b0b32f88f1f0e133e878dc3ccf0b42669cd978c7238bf8d799ea371fad72778c709c73029fc42ac8ab8fa197216c657bb28abce4483e1985cbd2ec0fde545f10c72d673d4130431211af0d0c6f290a674d5b1e603d0f4a4510c00185d92e6042fdd3cf51c7732acfa99d92444ae8a50d418922ff0d90f0e5c8bbd4814fff547b0e4a777f50fa5a1c0b9a3252b3cfd2974d51b20609bbb03619f0c5d222f61da3681191f6d57aa7b62c771488b22e7fe84c3eff7c8ec78a9a4a2dbe988aacd7161313280dfa9aab4c61d580744bc5afb13aa3ca7e262ee8a6f67f1a95123a01124ab2a36dd7d9422d88b1d74b36649cb8cd398584efd948035bc70a7b1e7096598131e3dfbfb5fbcedf68e37af4e19f5839f7b3e3f6f3710f6fa7d4e9562dd00d094589cdb56ee260704d23bbe8e0f4f32e49b766641aa27cfe2d4d2a13ada93aee9cf7c04916b07f92f735d7006846c56dcc9f3a729ccb2689f42b3d0f43db3ecad579143c6ce2e6b2dd213e1a560f6335b491d06ce42602456df64a8de99c614c31582e0b748cf5c07c7589ab5f25309f8bcd012c8367590ffdda95551ea492e08e449f64d2cc87249284c24907e493bd12bf370dd57e96bfb94de555f70df57c1083b3a2e5d1dfdcc6b82b50696144e6418616d13bc22a3d83b92bc35c622e4185623f661455cc65074c709b24821288d1362e7ac50bdd7760f8112eb0417358e102baf3d8f226f8d292794030023b34615bf8c068ce107d606c61ea2525764d01279011d80b5f4a585a0120d69ec2d800a82139c3ca6f8b241571599d18a3cb2a184e7f05cdfa3cb522f4f039dd5356edf33dd92236a78ffadacaac4afcf5d86357b19d62ed60a7da6da1ec41a65fb05486a9887d98ce1f9d8270f7c54900f90893ff9ecf1e6cc9b94737e66ad85a83a6f48a7577477c0a0524830726ef96814c2e2b88d39542db4fb3426d929fbc8bbdb4d1a660020ad430e60ba835d8a5b8840829fb43bc155fd457d114c5ebdbb7fb913e155947019113dac8f2bd564ce1d72f550368110e338e06a4154f82dbd4fa2fc35bd2aef9dd58610913213869590f54794df38307d30b4bc6b8286505037d68b464d5787d4a597a65c2c1b952c94c7eef5005806c922f95cdea5682da5443238aeb14ce0a484a9436c47b26ae9b76cf73783c1189fefec483afa250010460add110cd34795ed3f236197ae55aad503776dbe6fd6ba1621d5225a2b68a9c9aadcb02463e1d565eb7beb76cb2672967e7a8cae7c7079d5bcd508f1f7c8d384d7fd8b4e1b196b4c681eef3ccae4c72e1d63b3065510152c4570518087727a0c403721cc82034ef818a20c3a8b8531a1720d2235c95d3ac5cf8a04c965b2c50a06dea28e8780514d873855a0a9b0a142e82c99135f2318a38a9760724843d18ac214af2dec32f452b280656a35cfb9a3ff16adbf523f8bfa28f8346711eb5a5f6f7cd17e2cc279140dbe228a79b43b4c331e1ab98a33ec86f025b2d236648b3cab36675f466e7fb2152cf5f3d1beeb052610f13fafc63b3b47c6c710612e7bb50ee3425f04bb52f7d9c0b29fe8f6a57424f3bbe0f88371231aa7b998dd0d47f05dfbb4412f4a9568184d4d459bfaaf7babca9013f89522d5b2913a337e31a4d6de517cd1652c0bef189c65b183a28693bcaa86db85b2baa001f4a0b16dba1b41c004138b8ef7e3263a89dfdf6bccb995bc2fbe619d4a05ecac04ca6c2b112e9058fa2fd90920b6787a546250b4b1abf4f3f1cabc1c4202a95680ccc09e4c780f2e323cd1df52748748903d66e0ad906372adf67c546b48678d77f92e2bbc5546910b424f28dfca23c9aad69675e9ff619e9daf19dd0199f2ba09bd446dfb19e50c9fce02e9d59f38faeb96c34fe95591742a6ed949ec2e3b6980b6009c2baf0deab100fdb0837bdfedbc51c28a357144e0e9bbafc78cfece249dee1806e804bccbf128d1ade37769ba5f8e0a5e7d24ebe00f45b2e2cbf8738cdaa45d1f3f864ff9857f2a12a726baf17131379c621fb4d0df0ee4534606da4d3cefd163026982071ac2696ad7a12f96ddec9e8bcea2b334d514236cb2198d07ca3b13046901bd85188c3d117545f540062eb9627c8e81569b8fb4e75868aac244203764bf0f649796eeb86cccf163eaf7d5478ea1a763e11158fe53081bec1885108de485f5bc6a71cc401e523bf93b61c955bc88ef6622715e7c5ae752e5e2b6e8b32cd40369b042ed7c4ae16bb3cbaa83dd8848f14cca409734e1f4b1ae953bddab0dcc06f0daf0bb6b60a265cc9bf5359d98b79f3a78131a18a30c1616e157feb3714ac428a88ec9c73c0238d4a535c042b0444705da887ffff5d2c7c9914f4aa623786fcb557acb7570772b9449859815adc6890c9c83140cd6d70e7e41b9e63934f7e1ac82cb5be7e1fd5d1da4dab7f039e33582ec4a413ee78442d1ff45a664250c9338087a93d0713a104856000429015ed3be43b2cb7e0027bce3422e4d08f7c29cb583caf768dd1885cf2620566c715686f28376f6b7619c62032fcff52c69361cc2c9dc0a242897a5ef47c1ca700e464422114591414e3c5f40cb4d5711642b8ab05aaefc6ed6b5c28a5ce0f22e52312823873cce94deadcc7c209d69532d56c1b78e1cfcd5ab3e72c94f1626d369b6b1ad191daeae09121f92ad8f9549ae9d7f40fa237858c71d8f9df1feebfdd7a4b17af0fdaccf4ef7c11743be57e6d8926f8150820c37a7e12109fd290b286878e994122250a37a85dce0a8444665c0d5c567df7eee5022a3227118ec5d5ed1900dc62d8cdd96cfcf28a8e0e4ec39b6398da7193af4b87b298a82a52b393c24feaf9f3978cd1c2a760e994b29a80e0a46179f06a0da5413d6810e825d3dbb35cbc7b9c8c37ca9366482c6daa5ca8252648c11b62c66de2c0c900ca30a3c8c8b2b3399e9dbe92aa76cf3156fa5d231cd371f91177be7e2e2ea462838ebfff5868d354dc3c8b00bfa9734e8525a1d6123c4553aec7d0e940a8f60d7def62169287f43002a6d5d8a60562ed9b0398cb58371ceb781daac9593e019ffffaf33cb16f8b3e1799372ad34eb245fae98fe1242dc1cb970277b37fe963e225a4b22144d22a94724d6acb4ff9efe1b2f4bad225bc2187fd0557c6d372c02665fb5b861ccc935cb2d34299bebedfa8008d232d34e28d3f68f23ec2738845221b0f112eee228804328dc45fe422dc57fe95ab7c25c1df4e5218a104efc8dd1cdb2b71b3fe8f0a6018f877e5451918a945fcd61c63b88bb075167457c10fbda4dea2128f4621442a5f1d3eb6696abe2f2a379bd2eea7ffadde87bfdeb141d68a6a993916d6326f3918ef6a6fa753f185fcc4d91a81b292142b47662ad509d004c593ce18cb56a194dc79590abf36b9b17eddcd9702edf0d10d44206fd46312f34ed13e958f5adfd855aa686cbc50114c08af3997bbaf6ca2ffd3d7985969752dc25119a43539cf5d06c9d3b63e1255f30d4318b51017874aff77d3465730003a14543222f5c85af0f72d529bc3824f6045c34782ad4d332e0f59cc9360613b02e5217ec31669c13710c31c6645c0d1ba617762de205bdb51b53ab3a2a1521002f5541f33e8ce6514d69e63c81f6cf666f6a21eef7722de6646a659477ae61d9bf0a3e9e725c54c406596d447ff863154adff4a88275e56b570a0f995b1037261fce1dfd1b57f766f9beed661c8b35f13cfedf0adafa06f8508e904261756210dc2d3f4a9cdc2f36ba0a910e893090f8a49dc8c66d95546be38917c777ce381bbe781d7b40d0b11b871a906f0097012da7d6bc1dfd5dcee7f7fa4c01522d0152c3aa3d66614f04d220382aec542c4080f8e2f391eff345a63086fe15e4a72a6a95bb8faaccd8b5e7697f210bc6891dcb0bde7294d0b91183d7846159e22ded3201d6e343cc3a8c458372deff594557152615af24dca2648a011240e39eb1fd644297d2e92e9d9a64fd105e6239d68b85b2b98b7c8b1ee2b042b1d165a9eddacb354d6b8275c90ccbe490fa76a186fa46d556816eb6194af86f5aa3efcbb5982e5bb1de03c467981ff60d23164ef6cf661b74890e6b1e419e548643445ea0d0a140f42a5bd37941cc9ddc40ebe96bf29acc53cc128a21b827c7a63be7a192c5b2cbe25987e56d473a3b1479af19461e91026135aff5600cc78f3e3244a732e6c48d9a781a077fc519ff72369b3daf4f84432f0c031de4351a63f8b266ace6cc5a5aed9e14b3a28bc0f6aaef13044fcd9324478279fd501798e6214f0b6ad9af091abcf16c0ff40a3608d34e2d52a6442d9d58425672e2f13db8447719f121525bf358a3199cf08ec6e02dc1fe584dcbfb5e27d27c1e1bb647c731b0b8a7325e0bfd7689e206f5193dc6686916aafe7031ed5c1234d665e36c72748ae8c0b76dc55f1a2937465e44e340235f0042c2b074011e19b76e021a6d9b440b6fdfedd265ae20b8e51f4ebc8b8b1d94869442eb5b16b56062cb594654d5e1709f2975fb934fe349d960efd84695b728acc034a2db772571a303304340bfce3b6ea9b88523a673cef1f204c0014adcb73f21c8577234e3ef98d2427f7dd14cc8816ea07eb64cd859f6842e8b2c88acf668b3da304922e7ac9913bd82f5a308f83fc8223240dc3c0b1e9ec315f5045412d71f5bb18b05a5e52cd0b1b530222f1d2013c53c076dac0b2ab2189468e8a38ea36fa1cfc8d48fc5d8f3e39d9b723dfc2055b180cccb4c91aa286a5c0c8930a209fed456edbc674ed7bd23ebf8252c16de3df89f3c7bed6f9ef5e7d1b778035e10b13fbee2ebd2d0f3ffc5d7e37b41dfb4b67460acb09a97d05d6bfb3bcdab661f98a03028d81f93c3f724a691e47143c6cd2e841be6eda01167a9f1f446689908c5dd72e9b903593537019b8a04f1222e2da73c5e8c8f01883dbfc49b2d78d27c742fa601f63b0c631628c3cafb6085c5e5c473ec9935cdbc095acef9ed1861d1aaff5d2263ba433a5bd419bded6c0e75a81c267515f1ce4f745e964638099406649d4681925110df983c3b567c380ae46381a5b89fb3fcf8b75d6bcda0a6cf56f78271ca821958f36c7975f6479a4f464cd449b250b27a5283646f9b8c015f82c7932f933391586c535fb0a96f2141b88d9d89149cf3fe3f3dc7fe69ba8178122d9d0c2c8336e36706c8b93cb5e83e4bb235c59782bf20d14143dfc0172a3a78c4cbbd7ae3db84247da05249e7bf2a05848f8b39211f22ed5ea82ea52e803510821b940cad73fe1e100eee0e811b6366f483b465745d4bc46b853f7f0df27f9bcfe398d660af0aba25314cf1d1e2951c911259a3ef978adb6c86f7672c3124996ab696e142a7e2eea265a4b0f15934680f3cf314f3db1ae0ef4c861ae77193cc28488e71721b0a7b533df74ffb83c4c3121a2085ca82803c39236345298efdef29de48228a2821180413ce453cce329b11bc8fca5528bd5d61d1f16f9b9ea21149a57b5d9e989d5e474efff08d3c86386386af6973cf5538986f7eb7cc876f9a343471e132aa26cc8562cde1efe4b5b8c7f1946afeb53b15a0d57f86105384d5106a69996b1390ccc41129163eba6ca91f631073c52c669dcb1c397f81c8dfa28916d4d4503d7495ba71bcdfb1820d63d1562b1590393b9752f83a5463cdf3172d0ceb4b0fb500c065995a8283812fcdf0ba8e4f66afb383c0ba5389dd46999b1834a297b34c37aa0af77414a7bc34d030ae7c842f5067fac633f55bebaec6ae140d76310595d1e88b7babb7c1f8ac6e13a01c4e1df5926051c3a9cc6eccc7a0fd182f3f074982b83851914a4e137245541e3f0153f3f41e453b98ec737693140294dad8d63b726caae43101b7672c07f9db3b85887f9cf6440106940fbd116c5ff7a05a1f4378d8e0194a57d9d07d4d97e5fac8a5801ef4e847ba8804284d3ec075e6ec203192d0832933593d5cc13290874cb7ce6c217e1c2bf97ba690ff87cadc548a63133b643fbf9aec4fb50b05e4fd4760635fd83fae84a931220d06b9b55e7f73550a6334f708df2698ea30f7acd8b96859dfdf3f66e487f2adb4e277343291027b82822639fcf7225178c1e0465ea7543833d0b28d194e25d7d57710871e730f91290544621d8b3c40a1e622373e885dd70a4bdd62d276ef42af540c6ea45f6baf7e07d317938725752649d31fe544d2858ccd144d3b22bb801625e336dd51e03f681d0131573b7a59c77a4ce05d4b78a82eba0898343fb13b3c8f3e3313a7ddf7258b529d8cd38bf0bd2b81dff8243dee0378a8a7e52fed2726ea30af55018dc6d39c2dc90dab6b5cc7c47adebb2ce3e92baa102933e9e335f98b451f3f13583c1f2b60f8ade9162500ac9f851e16fa379b546b6f82afc2584b993afefb83c97fe0a5c30b9d55a7ad3e7cc38c4fe64c607dd949efbb20e66e677c6f1a4efd4fb7fa4ca2b369daa5a1f2749109df598d09fc16dd16e7e816a27dd10de8c27cff31f444ab99782346765e58c99cf0f930ff2752b9dcf4d515123cfd6c7284e833d177a4d23f139710d630a82d2cdaf709b98937dfb3fe82eb7381e8fc981264c4a3007c94601745cb0d7de26eeb42487a04735c2eca325074ab84604fa28d7eb1843df55ba77815f62fb1b1835197243757c114e6e45b50503a2a3aeea1f89d36cd1d8248c1c8e12a3c3026e325c6de8c2a75f17a3f82e668b38663f4d81f704059430d913de1bf69c213d2039f7cde7b0831f8f958b9a0b528bd7c0bade7894ce9b0c3096fdd9223c6f503b0c5051e259c5a6727c216577c56a0e4d7eaf77fbfe6f415885f891dc1858a0a7efa9fac6e0aa0c390bfa316993695ee06cf8f6de627384926b6bef12fd0627053a1722ad0482d64e98466871fb134a9dba4bcecaf503ebbb5cfbc6557232acdaa9e45713f7889c39a8ec3a46ee301cc523909851dcb00ff3b97b91b7337a78e5f99add65308217aafecfcb89fbc4bd16e2c969bd065dde323a66a29b9df7b7326d44058ef4a3a8adfcbccfeb106d9629e9fdffdcf72790edcb98b66f6bdb5339cd75597b2184ea19907c983eaeecbcaffea3e300107f774fa43c1f6a486feb7f009a1eb7517362bb944d80a5b27fcd43e0b8c74b0bbc3b19b532317085a0c6c993cdec52fff7dcbb21e4317f02322e07cdd18ff8f3d11d9ed7057eb758ad53c332f35258ed1d7ad66f12aa38b612c8734b76111c058c0c645a79de1df49072ebbeed07eae87918e0edac823ec550e0d83eeacac24191e0f79bf0fe22cdc61c324b96a78617abfd28a1301780dbe1ddab941adfd3a67a19e3546c9a0a228be444d3f097f2afcd7b97647eed6d11116fe0668766d1292fda4b60987c0098d349758f52dbcc8d9615ad30c6dac03667c6e8710bddad8b92533da1ed58fb5489f59306dce43a5ff3e285163527e8ece67ba0903b6165bab6e631eb657aaf9446ec49872e07e0729df4e654170e426f153f7063d67ad33cdea52392238e5a4f6da2eb638243177fcd173ffa405e92b8f9a7615c5ce8032e7ffbb699b38af317c5cfcd50e9a2b4eab0fbfabff88198fc0050acba642a5c30381da81fedba7a7ac2c606c0e095e92543597a18a07a688eaad041df0e149b7e4fc170a3ead9d1c29839f48978b66200dcbbb556a5eb9e46e932d6add5f29d331c87bb0c4f7ca3a7a3f111cfe53c04c683ba56998368623e0e93d806630332cc21a7af8a2150d2ee3c91b9aa47a22b2d5a4baf8fd42db0480071841aed2efcc8c186a42ce5bc1c8896735a33d1ab3073070f69b6483d53ba193ae54ae2923aea056c99a5276ea9d0bcc314ae661c7ff63d5c2a9d3c256c49cb4e91465e2b8a122295a24aadad38c8adfa91d674f7cecc52b438e8d5a63396fb85a4d89c9bb7d56dc89e69ea2b2682d40af004fcda29769b9456ad69d2bb15022a7381650aad0792545263d69315329b4ac8f5ff9737a90f0a75fdec807950426e8cd678342b0c7ab07455348451bbf097bb8a856126b28ab333ccbe314d5a4e6fb380c869b4d4832d9c9cab096782dc2405a470b610c00d58282d1d5b9ca66db9cce8e1d2ecd0db3cb641ae5b999d0ea03c6d7b1abd611d8a6aa680db49b12c90e6d48430d1b34850ff1480d8a9280635629ee34ef7bbfb16c06f6112aad41c72949f27ccbc9c7b6f4bc6c64faa9d1a0545c38bbcd84717a778bbf6388259320926459376252dc2522a9a8ebcf2726597aaf8710b2b1209995033078507ab5f605be7c021e35833bfc704a7d655f39a0af9e11ef7ac3aabe8983f875e218972009f98729b8ce6d5373b570e545556bf1580ae47efff247f4bc0cc6cfbca57371d2105990745a07bd4aac4836ebe6e17d0923ce76e4d9432f295060fa19484e628de6ee3c30152d28d0fcf6981999b2db806b31d58ebdb3692bc84c940cd77c8c043d360b9a0fb4fe5cd69976a8711bcebefce519d1ba6d3494652ab02b7740ab85c15fa47aa272368a651867948f69fcf68530892080ccc7b3f7d3b3d2a3e70f8925873ad53f8684fbf0fd418620d6e582fee273a37805f27d7edc23bc41b97517e60db9a078a12969834d094d5d8ad3dfdf75e91644dbdf2e69ccb50485cfdfba1489e03d0090abc6ca5030c3c9c51741aabd3b62c94a92b45b42d493929754aa4c47a8dc1c4d9a42cd218769324ea27ca157a876c35d7f544d39448e16864156350b392e7b39cbe8f6cf2bd902c0da92f3bad2074d5114dc47fed9d2fa5ff09193429690cef8fea064aad38e9407ee7304e770f629cd53c54442c68a8fbde886016c5b1d0b3ca3205b795a8e633c7ac8d14921eaecc59635432b4bb8174e429afabbfe1b07d5f4b5ca41046c737d2c18726b344706ecb92fc7e31f2350f18345f49faefd604e8d7420ac098354b2e985fd95c7893e368f1f22071790c90cc60abd9e5102952a7bfd786c2eaaf579bf820614982623cc1a1302707d44c45ad526bd7301ce5e131f059e12d00b8583b7b639169d695b464378d4836d2597399b7a26dd8ea9eac4f228352ad899925f20b7b924c6336a58c1467e094a2d19bd2b0805986cc421b1b251fb568a3206ff2c201e26bceba0f439b782502670291bc19fb7984b7faa128703a220594ac428c98f1b0e53fb2758735291b7d8fbcb722f89c627b619a91847e9b368d4c01d504cab65b1c9bc4d8658890d835f0e5be9753c3a8268188a3339fcd54cb96a7814676934ccd381800cb7841e48d97991df9c666f801ef2c9fda6831bf53200c22b22685b5d24d3f4ccdda16f86052f95a733255e1cecf4bbcff9557b5e36119539d0c5630ef8ae96719d0aa533c3176e3e536ee406b4eb2a564814073414948f3456bd8b0e91e3542ec58b3378128c5699c5ba3b81e1c2311ec8553ef91a9c6243b19ba3b1d37b4938d54a71c554995a9dc3bc55e531f98608b697323f196939db50ae0f2484cf661baece4c15b1c04cce069ea2c039e897145103614045104475c496fdd8f66937a567b9c4afa56cefff282044c7b008f7b2488d9b8c95fdfd2df47100265f44a6f2c2b2090e9e4f8b7a379814812f20e54b22f0d9efe89bae96d216caa168d2c866b57d425bf5172aa95879693741bae55cebc758e2e8fcac9898cfa98e524cc6c6063e17b16d514a3a58d5d75156a6e702735880ffceaf73e0c8169200eea7a7fc49975bff2f33b802e1d685430b463095a21afc9c7123b0422407e5c6bcaba80d2ce90c854964cd02bb4c7c8454db8b51f6e2d40b9b39ca13aa132b2ebc226ccb4fdd44bdfd7a72477f399e89cd6336a26075ba8576e9df7c51010bb807c5354691d6ecefc0a68f54cdc01141a59e9e4a4b88d06f8a3211c041ed0411e73cc1bc83e22aa849cccf450e1dbb061c58ae580e6d908b741244887eee173d6cd9e5adc31a5e3ce6ababac62e97ef071f06717f49f9376a3afc1460b64c845dbac10fd6e7825d89fd87973e2b9b1f66df648e81cffa9d7b91808b696d385e28dc50347529f050980f6df2512df2cd9dbb8860a5a14ed16e8e5c6006fcb56bb7d50fbaf51180a67c54aeb91ccac40ae1c5bcc7e02a275d94640f2b181618938b9584bf908332c6c6bf415f98efb4f13a7821221ebab9624ec30ea441237222991692909304c990e0feada217c300733eed12c599d5c3251631342798df93d9a9b4f1f06f248051c81a70d1aca356e2f9e7b3263bebb579154714d1c219b1ea123433bc6710cfa6bcf70aeaeff5e71ae5d9da0dd2f437f51075221e2de648da43e0091e583ad40f8648811ef96005fb878fe617f28a8ba14303c85990658ce4ea430a2b051b3eb3fcdb151ec9879f25168f821835d153b0757ae476a19ccad5b6b80203a0f37d70eb73328020ee83161f4570291ef6976b07fb47caed0496df55b77e19c1d3a5ff3cb7a7b5ca3ef9589f829d939c9c5ccdd7d08da8946d4828ebea59920f1a5fe93358985f7a1d58d67d40e26774343931ddb07ec9efabcebcef39ed68c31625dc8059f49326a608444702e4a77ad7cfc5bb475ff4d1b82efd8bf6424428d7adde2304e989ad3c68b6149d0be048e32227b0759f65403538293d2c896eee670e5c0e5f7b4c463a6775e8b7f4266eb0142e3675eec617e0604b15289e4a6d185681b55bd62bf325793f13cd3596d4824aada21e9a4340670bd958b6cdfe420e87534d92c697612bc584c6ab14db669204bdbba2d3f9a8d9c8253fe29871fe956d17bfda9cc6f644514f88901507e186427a8a4abcb4e00eaea071a74165e81d81f28e49db5f79d261a9adcec5dffb73f33cb4667de898baabc923466d628f45b4d935f0087d7a1f1aaaab7f274f5c476c3f7d72666d999a061f86d472e4bf8c9228072990d7d4143465a77278051f3f3869377a85a9fef78650d8f96021b26fa74c21a414151778299dedd9f1f99f7e4afa3b3519f6e6b1accb38aa4056620b7f73e00efb63e7838b777db927b634f18abc955d6283705bebf928d8de06c99f304978195c235f2787b8b2ee617f4ae14df5d44c8ac90e8560c375b5e662cf12cda7d288117ef2a83a07f212b69dc979ab482440aa78b28ae5fd64c5d3bdf9749f5dc85ec149246787e7b6fd08418ee9bda636bce02fa0c8a72243deab6229bfdbc6383578b69788d0e52d2400a0e3fa3e4bd678eb9360ee588a3f966c6705e4ddf8451c620226b8d51270e153967eec8695001c095401bd8e9da927d00e37192263116042971beb4058241563748c9e06f1bd282df12d88f508908b034c0d4432ec3fe0b22eef0e3e2f5c197788880ca95947e9d23c9473de0b3480cc5687ca30fad830bfef694a9a1b370d1c34dbaffa22f4813d670bc9a8b46667c27baeaa99f4cc88e121aaddd01d7b26a3ab145f1d57cfcdd300fa65ab119baf5ca9e66631f7adc8efdfd6d8b01c1b392da0eca4a38a2e234cf7b5390df23efde411b2cf447f5762f0ae88139c3ac2a15333814c4e02782bb5fd77fa95a34c04c53cd4e80376172f35f3f0fd83e19f1a60d59d390b953092ba9298a4ff3e842c609ef2bf52816cc61dcd3d3aa54fbeef0068ca9e0fc9e3a31ecd4281470afb667b6794a0f923734c2fa6d9d3a043d695db532eb4c11b76ea0b80c698b8b03664caafbca2473ad3b2d90a7f4ce9146ac3bc6716bcf4ffe3e180b8cff017b7bfb76e610115a41ae90f66d2306ae6ab6876e903160b1df12039d4c5df2145cddf7a666600127ef400e3586f0b215816f7b3e35d02d3f7c35569a447f620a2d65c9edadddc18d654810076050f90c864a46cd6d54f41965b75e8e8aa791d1b296ea9631f2b679f42cd6eb8cf032e62618fdcf0181931e0e9bef2e02974ee41508cf8ac150f8a4cabcb9f605391452f71bf3c27c755618653b20c4eade74ada30d2675cabfb752d9f7c788200c0d7cda171917917024c0e7d96d02e62879648c1e9f367d1ff4cafdb96da2394229e1af71e8c5bb92fd3cf786be084f998e1ccaa7d625679095c745fbb54e95d37feeabcaec7ebc3f99aef3b18a3ae699d9412f89cb9d479ef8983844a187797984f5933eabf1137261ddc080d85ef8198b0d28fa22d8604610b2f9f18622e9cd1fa6a30b7577ffa89cd4a143bee153f917f15e9587e09ed8589fdafea3858aec639a1e25647ba414233230bf3b3193ba60731d74ce7c657d7e2e39799b6c1054ee7ef147d5d2b094695ef7e2819098a5a30327c8cdf63ae3b4b4bb2c890ccc013afcd90f67122ac004fa66349667bce4b9f94fd4e0e2b7416e8bb2f934c3c581d0997c4a97b5a757513e401f60c89e5cdcdbf3e3eaea57c02ef5379b36e1e257a1dd6d276425927b30f11824570d388fb74e49d24fb581bfcb702aa1ed311d0f3abc48977954d314ab019073675539cb25baf3128e83b8bb5070a2326e396ee8aa100d2557ca5952e1e72741373faac9d695c5e0be9b59f8bb59c3b9a691a6c1526ac3a506e88e55a655eae34d3e60aebffefd62ca6cc6184cc40763ed5e9d22e5b715d8445c42b29d099bd22922ae6310b7ac4bb10c03cbcf31ab3cb1a54628faa7a9e643e137cb7d2442b953289e79e6a75659373cc24e6bbe7371db7f0d948f3a7d93da994d13df3e59b7d124f9a8340fff5cc98db2aded5453387737f2963c14065f7898f68ad7a80cd3f24fd9b1c210ada623c3dcce8a3f277ce267a93ea98528f4167621fa4431563ee490008f68b8ccc514f7d9d870a3c8794d719bd99850e54b934517c5807648770a7bc3cf0be2da0df0823e54489d4fc41ff1f1c9fd9983f09ad73ae13e4b8189bc60068295ac78e97c74835cd24bc1c3ea82b0e89bde7716a12b5e8363caf821e77a85789be3ec0def5941875096aabebbc919a8d0460baec662d0dcd8e7b8903e53a855998989e0f1a9e5cf68570378457ff9461e29953cdda53d3bb245c9db804ae16d9c88c09b2c55c5dab204d55fe7ba83e650b956155214cd37fb7d14b119e93c5240d2d269710301719293511466c9ef2d82ea67e362d7aefc65eaa277d81390f6013b100aed385d7b350df5729563d034433c415628f463645eec8babef4ce8277939a6d84eb62b0e7698f5f992252f80a7efe69ce41522b915583c3e58f8623a387b4bf87a904d4ded253f8f575587b9c7918b593411f93a72a89d425dc3f7f26d2f4a4bf93dbff596bc7977d590ed2832407e1db04da110dfa71fe515373a9a6784fe674d9f9dd14e477793846c3bb034f2eaa5a25dd587237b20f40b3829e5e07020d64b532cf12e18ca592eaffea02d36800e43bca6d2b2e2d3bd324dd2677b9102af7d4b735fa6aa3c3bc2de46f8501a66e4db70fe85ff544d7da8f2d8b82fd2046790f9c88b30732fccc8b4fecebf1d8d74d10f4befc05e8c6713f370b17a6e01ca0985b4e4c4d63d0ddab1aea02a341550aac0ab762c693949edd7e05336f7b4d9809c6dc0fadd29149edd24c2c4043fd2a6cdef443e2ce0b19ddedbac5c82cb2138ac0cc3a52174904703633b4c207790fa92e63c4ca4fd06e0a0179817ac16bebb2d01fa866e8b379778c3a1cecc2b671d1d50193e11047400f207a945da95dec387da6f9aac2c2cbd13f8198975a7b86961986e39ea072a3cf0c2cf29b1b435a2d6d032897b37fee583ab03009cdcad522931b04c309c6a3b38b30cc9c6da3ada567aa369f44263e849e8e22590cb5e5204c94d60156728b8a9b19094d433c700bb8689c784165921335e7827143fb68ee0ab9474da0f0deb2c339658359223bb544d8776bf06af608455ceed43cc37338238e282b5c282881bc2d6f26bd0ad5cabd36be0ef9ef41d9a9d838c4b8b8ed0333e6d08e1a800765459e83d50e374801b3d8af73e91be1d24442cfd0f1c0545b629baf9289ad1bc091912e8a642b0c60ef971430f6f3a199dc87eb96cf36a764cb5bdcc56a23a68f7505ac1c75bda10df2f5c2a91afaa30b795ffd02d5a245a615b52ffdca12db6269728e1adb1443c3967e5ad456970fedaee5a71d3705e2aab14fff261083f9821ac7f0fe8ab1e2f14485b4efc153b421345f8b8b475443f66ff363e01937419a7fe25f453286eadf4bcd147214afd956fa3e5f2430417dbab9864d71b3fc9e20d83dd641e0f6fcddeab01c6e7b3d4bfcd096a1c1fdf8436ee1c7859791ef05229ef2079a7063a74e11f1863b20c047d5e64003493dfe568b93061c7797b68b3a20988a1740042776aea948013d226fa8002d073830ca78163a218a257025be705701735b53d526c46ef67c87ecd79bbcccad18bd1fe702820136826fe2fdec5943ae8e335d99497ae0e2cdb87a9ba42f80ee7c765af089efc2e0ac8fccef9074a33e6e0cc0353e2d6f81f9504b32a31afe7180e2148cf6c6a286f3147975489860a57e13f2f788e9b769bd7ade9954b3902c3df27ce39d18d2a7a81fd49c09483469a11fcd135efc7c2750fe8c0a2c0e5934e94e27f839e36400822ea236b10bd9a7ea375facd477edc8b99876af166d22428d20fcd8055bf482896d0cc28c7c3bb316fba065888374fd46b3807d40502823fd5225544621fc62c76b1942ff663c7d33a0f36514037b7a4c76bea996640800266519a60818797e103ecebce5ff29d1826ced91fdf77b433d9910afa9110b37147507fab230cfa47c366bd1dc5a5ef4c978dee869e2d2f1c8d7f9f5f2fbd6e834d9aa7d75b84adc71a499f6002c5c196507a03e745974e96d7cdfe4ad709431e7f2f6237759f0cc6b27f2b9ad11956d954800eefc6ff19ab25c07658ce09edec8c10007b0bf9d802221e3c9632c27ead71fdb229b32c129b5e35689299a38f5ca59d6647d8fdfb306742bf40f8d88de63dfa8f5fe78ff82319a5c1a16c20328fa8970822183ba78b7d6733191a9853a8f6679fbcef8b3355ac1077779a456cea74be2d3fae2ad92cea7cba2c06a57181687753e5ba4adc3691b058dca60be742ed03d073bf8ebb39f61bfec43aa8d59ef1841e545d8b22033a9866f5e1f648f47d7f8c83d9de73efcd1121b1d3e19869d0a922d0cfb80cf6b67317ba99e811434b7a6475039bb26a01f7411acd3cd66ea960901bb380c5462c932f5939bbc7a016e69f471f3edc33b90f8db04472cc2378a985289a49aae4b8b91a0cc705c189bd74f25024d517acf5dc4245bd18ffb68eb8a7987ef09844d4c12ccef2e6dfc8f9c165c1e4d8076ebc70eb756af70e6519e2fdab0898ec279f99263d21f99bfbf483e8b4bd2cfd414a93658c483e942aea126005a90e543c9172ebd198980cc749830c3dcc893dc21115d95a2f6f706779ac77c7deadc419a910976902be3b1cff4457e051dfa6e19118a30c147029b072bd5216cd07e8b8289ee6b0aab1048a447a1cc400fcce6465011d58a432d2d0189d4ed0d2f170970f32ab1c60017e43f0512748144e43447348d30a9552efcdfe7893615c9b46b20054ec41dcd532349a4b57a49c8aba8e860da96c4dc74ae44180fb4fdf93585d54c6e9e7faf7949fd1d6ebb971e61690ba963d09dcfdbf91bfe97ad4cfdf069b92be358a771bc4689317bd34c505d004c5402ebf36d1f0c423d0ced5fcb418e20f67187862ee2e8fe4402faad3bb420ed69b675cec7123b44d6b514f8dfd7f52bf59247b3466530eb3e4517c9176ee8feefc524034278fa1a31d63938a7c65b19bdefcd887cc77dc5dadb4e12cd1117e733abbac19eb763f159634246feaf30e9c3138a2fe8fa07f3494a20dc0a9c6e4dc421e31da57b52d37f1197b1b1155bfcc986d755edb1495f494c1742803c59aed2854da55dda41eba413123959edd8ca02616b2ea0668813441cc0050f58d477dfbeec4e288cd1b089e7020f4255a3ab23810d935e4d38217226137d6c3cc4ee2d214b3387e72405232c23f4fe75847237cf25ffe3144545bbdf6568e544dfc6efac61240588ad6261cc92cc0340e2b4bc17527e0b95c2739e7e05b70e8b80cc6601e80593b0d6322dbe3076ac8c11478be4f469327cdb85341a8c491f4beca5384f77c83f1e33bb0634040240e2b1f3574047ac3370012a0ab0896fc44037f4ce537acbb6f0c19f962d607a44296380aa9f8888eaf42ef1be729f77bc86b00e32ade1c28e28551c393f4b689eb1f096a1633703f6f002bb7a2be6d3760d42f325850bb1f2f620aa42d311faee8b0f26073e672c973ce6d34468c4ce48310c61951506062d7a6b7de23460de7796f91680f1b6902286a5c6c998705414a28431064b5f9ddeb411086d635215b0f674117f375017570a69be8ad3931e8aea3584089239c50f12ca5ae66acecb5af844747300048d666159e0f2cf2e0897dd48459212c4de95e0a51cecaeb31a087bae3df597c699a8cdc8ccf734715795da6eb582ac939c9a47fc266a57e6b3048035a926831a93b56ea0bcc67e797ec95fb8a80f6e19dd3db95533d34cf224f8f6c8b47c3b30f0ed26a2f071e51a031f10adb5f11d827cffe5f1d1231d8bf71e225d0dd070f132a1bd95c17b3ace705ae272f6fe672631c37e0b66068092f8bd210eab28559bdd4077911df14a17d5068869e7de0c8f02c117e7ae8c63e3ea0236518879234787b6922ac339757e8ddd5ebbfca05de0a8a8cbd03d01c511a124758ed33045ce034aa4b6f0a7db5a1e3aa9d2bf76d6f8be037493a334ac0bb2d6ff1514d780f47d3c5d88c9f146b626efed1523d80714094ef2d60cb426ca5bdd59558021849b434181308c8a08ca872eba48e0f84ddb26a01e8bf42859241562ba15eb044e8c2819329307639ed371b2e85f1981de12703bcfee8a36a19024cdbcf7c7cb93f975c02a347ba77769a83ef414719a311281fbc4c1594a121bad89123f050d768ee78f72eb30df5f0e7b5887fdbf85d397c6a03d6707055079031627c724ee0cccbb5407e26d2ba551e6e73bf70133b6c8f6f75622e374127034a83bb3d0a8a0f4dd31b324411e66d3e8e5454b2b15c367eb5717faa1142db7973cd3b3beed1fce0f6027e228f5e72d8f07ea0ae09a9ec2b548a620ffebb7541f878f12e07d41a054882bd1757fc50d79e1d2cd06592e5764fde79e7902cbb1c0a4fc977127ac6cc2b1087af210aad48f73e43d82e5d52b3a85edc5d53e0da0e521647e4b85d9ede0fb2ee187eacca9073c8edc0152afb553821c830bbe9e951c1ed77eca95ac1df6e29df39395c0b6f96e1be203c1b74ea8cee32559a8fb5c9b118f437aeda86955a0e479eadf71b1734bd00ab471efbf6e5edb2a636b2c7d1c29b1e8162d75f894033b0d29238f14680386a4bbd3d3f2b6aa33bb43cfca743d526d051ac2ac05cebc92ae5364fb5ce6ad1228c08b11e5a407bc2f1bfdffffec94d671f2163687319f8591ccfa8082ea71013f93f3607b652599934e8b920516d6a297f054d7fc106314599b986c4d7fea79f8078c8a1b8f6664d44f5f5d243e52a1376c604bca4dbc0b18af4306fd87467957df01708ef6db04305fc54f9706c2a1dca6cacb6c006a0da213267ebb3c23535d4dc070e3069b7d08114a9824a5cc6a06486305188f7791b94ee1d792e634b111f2eb0965ff7d74a40d057e4069e5b67eb160ab20ad0d8e91f0828fa2df2726994f445c7d75a20aef1dceea6bb2a21812273cb9368c65e508ac52c2db1b243eea3d9440c830255ee0507d9c93256d59b8e8208cfe8f1292d856f5b118be7780af61ba926b799565305db862c3dd4b6e151e8714e892dabbee75d609829e876bf34286b73da6c31c6f7f4ec7c438d44582b2e98ac2e6f10126eceae5ec786070437a393a94099ad2db34b9e67c2aee0d6771c2f2b349c48e283ac2983d77fe96fbbba6da9102a87e4c8a3959378e79106dc874f1a5eabd489003f973a76fe72f05ddb1d19d7a30aea3004e6bf0fd052cfef8fca7a0a41c50f26bae029915a2c14984385459cc1fbf3a10d27b210697461631b1f15dca0fef0720979feeea496a39ee8d3aceef8aa69c16da71430e7b89354b66997182356fe939f56e6d6b2c12f6ccd4cae98a3e37d4c229c2eea1ed1c4e5e5a277d388b32a137f292e7d49c5306a514a51da0f84013bcc7a502204891160b15de96925137c33029848ec1193de005d06af57222b32dd0eef37d52dae4cdce8959807e71559dc56fafededb97b0bc2f9682b7b148f354dce939dfa5e65715cc4c7134de960621e53d6b648fa8d3e63a7a69a88ed1045555beadf10b36a614b56fcc70a2cee5accbdff0125653c1d3c0fa3e4ca916b069cf08924556db026a7a53b97b03cd5b0f4b2d671e172d2eac866b0b133fa8f47a4296150a2effcd137b2c5419b3e8d094a113c055d1f06e166ba0695672450b0d21b8e06f2b2f32bca31bda245d243c94a8e8a73e0d93e304613fb33f3b6817603942d56a0540b39188570d5877526c8287a5637cf9b59eb6698384a360a904b2d46e1f0b5d455250dd4a0d4b878481c08eee91059e37c0d8029532538b414a6feece2b5220bb31c782cd213ade1065260bb8a09d035dff34068cd203d9eaaffc07fd0456fd7b1cbb9bcf15370382f3e0e8b3445130b41e528a707550ad1900aea5c7b41c7f13ba3d0a23a47dafcc8c16ffb8b99d4a1cfef122a48d7f89818cad7f9b77024aeb550f7378fd9576ffc7cee1bd3d6811ed78c4e92881f324cb96623e4178a4500e0ab9b1f3befdeffdd1279e05886ca158abcf1c5e9e33546a792992c390d6849a302d21e8ddf3d8e1b272e027f3dce887f5e4f1b6b0a5d004138001579cd41b12d8d643300fc2af2c31843add32882b0f5a2ce703a5616388be98bca6c68459713847947efd68deabcefcbd6aa0ca2ebf7e89cda26e44ee98471743b064cef212295cead16550db93aeb5c8ba33f1eb1e66397ca4416250cfc2c9018e030f55453f2e291453875961bd555743693bee4c2a2694abcf15e3fcfa9377d6e9c839f900ce5ff199796e8141adbea4be136e23b69fab79b0739f8dede6a3847b726c5854e17afd14b1559712ba7ca4af936c862da81696775e050dcfd2d11c41399d4f3d22fa6e3f863a0d86947dc4191b29f003c5771519645c50010c458d488d1377c2b4f8e8ade85d3fcbc612abdae999b651dcbc36c341c56155bba44e8a8d09cd914b539b6f38255f9d57dcb161c5a83d63f80df1b3305e74829f04437757f17bcd41602b1f8607952f7c6537badc591eda381ff9130be7bf9d1d4ea3d607c6cc68bd10e103b528f8359887c8a02960116e9dd8da3ecb8e191ccbd1da60d5cf2c98b2fe691ab940d0a330ce9c1f2890acc0c3d1bdbd46704d3005ad067a93400018913fd4acf0e7601094713e309a40801dc372728f8b285a47111fdc7239b3d0c4549ad1372a94b0589d4f404f1d32ed9cbe5b99f59d7e74f3702f27717575d990d0e03f0b57b90cddd2c1ec69900f243c235681ae26b5817d26d85b705f40d2f89328e41c36fa91deffc05ebafac06d133e7b133fa5e5c0ed06a36185c6eb4047777b3927155b60bbdbe3a51151073f930715e2285d525f6648bdaa262bc6cf45a4fdafb084d101d093bc2262b41f7489c5a1eb2a85b04f86847edec527cd788d534e2ecd2fcfd28c779c4b47232c53ded599fdd3e2896ba33f14e7cc11742a93ec4684888fdc49ef77a70a120b3eba3b5129fbfca5241e1bcb465c4bac9d5f2cecbb1c78d42f24a8c32cee41b12185c5ffca58bdd1fcaf806f8007d53eb6bb90b9f8006d4b9d9457dc7ca523604bf3fae883f7443b8d46c532315a9b1c788ef62832ed8cb79fc9f771d53bb40749468448d99beec541660df64e0f814e1fec9ece956dc8ad2f5c9ba0583c68122265828feee0a40f494e6f7489befcd384818ca160bb364274e50d303cb12f69801b1039ecbaa7a2b71fc4764df511c07a1866fea35de44932195564728cbb7ec45e2ae314f1b224861607d2575914e57fb1cb093355b61e9e3d821c11edbffaccf338a30953b1e196308251ac15f82d83dc7e1414b6502a7243bfa1493bd994becc2870d11399c8968712296d5cc01815f037a9e5a84e9d92e5522149452dbd88f45dbc0bdaef3c59b3fc391851727793ccfabd1f9dbfb55c59b913973355a76f8e6232592f4368990b65186a0ffa674bb7585d25f4f183a657a1b574801dfd2361db06a357d12894bdcac582fc1f24c682e3cab88c0c330683fb60cd6ad6564143576b417f8aac90321bbed8addce1e755975d774467fb2d75edbf71d6dc2c7f18e6d8a906bc19f42521a218a3f274c9831af7c798f2e31fdd482323c74760afa0b5572943c77cdf554b5868b8c087454cdda12cbfdfb79a6b609c865b00277e89cdad2247d92ffbd41d4e61b90381de09a27628172f33c3112dc34fdc69ebe088daeee4b1fe898ee4abe61e519a104bc14cb439bf9cd5f7b26be4202c7325658d20a9928b34584170f7e070d29eeaa9a6fbc380d9bd5fd8ebecc6e06e8ee09b26a62ab4a11c850688cbc3117d65e552999ddc75bba2a4da566ae6e6345f7b3546d539db97b6e3d5bf34aa1217379a3aa6cc367ac728a6cfae54da77a0e136fc28fef201bbf3ec733c26aa40c3a74731414a8c5a7010b5ee617c9e4809986a98f95ff830ca8aaee5131be548e236fc2645ed19f95fe3f46ca177e9b47389b04541c73f2955ce5fb2ba13b212b0052b2fac1b4f0af19eaf4cadbde876fb94e6cea0e53d52ea6e0632725e32d1e79f696d3d162d9d41ce50776182a9ee6347d8efb1dab54bead051bf90b7d747816152ed19a1715cef0f9150343d1b8d8ce05c84cd4c6147fc6a58fa94c28b43cf887a5b9020ce2505ce987b8c1bd759cdc65dbc78f98e528fcdf3ecfa963963fbb5c62db07a8da08b4ea388ae3d45438d1cc7c435d741d2cf50ee871a88c29718f65c5c969cd295fe02edf4fa5d099c394ffdb14cf885190908895f3e92c53c63974ea5097a336add9659867543643a69cc25453b602c74eabb42bfba6e649b7e6e73665d4d2454ab1e761aa6956289cb760a10c3dab3bcf3b49a5090c806a80ccdecf5104c004cc18dcdb5b75faf6fb3a36910c51413c35a9c0c0f337d45ff433954d8b604466c29ea023848fb3db1e3357db84a14c11a9f9c3bf3f9968ea22a01e8751801bf985dec582a222fe1d09653e43fcbb9e9393129be3f446156dd36b576e8c233109cea5c397bc58644316c55562705335ecf78fa4d0a395036e8427e91653783a16adecd6d64969c1089d39e0205fe0c5bf43fd31c55622d6d78c637b3133b87a93034ab243b8368171a0b4707367c7b3fedb0449c890dbce0927c341cc5f0cea9cbc8d876ad5cd3af77def9dd7769e2e0b595ceb3a1f88b951bf84f00da6157c5194a6d3ae3c0268f238d293406c0f4806436570bc997bb9283f280c6e5968652288f7566c8e0784f983237f0d9164d2d518dd4eb0062c18a5caac5362d0da9753ce37d09d46a5e9c467039ce052c461e1191970c3726daff5145036a0173153631071d535a1c363d9bb282821753ba01d03e407fa19be96f5baa84344a6ef2e3b121747472eba53474003f53dff601af0c201dbbf1e0ebc8803ab75890499b3f71e5bbb98368158749adc2e9980fd8f5168c36f7b4d7f71dd5ea1c35b269f16e021979a5c40aa4c352b4c2deb6a5ded771fd4749d3f1b534919e5b2cb886d26698536d12c8fa93a6f6f61996033397314f405df450a7f0a57f4c3bcd50d15b4c98208f63928745326fc6bfda0f3c18d7487fe7379ffcd43f2d73d0310b23880224637c8c902bc4408abe69604c6673e2080aa374cc818c22ed31f8e37752906fe6737f9dc63735e048fd8cffdb2cce4982039b2a232f8543ab1224c8cb0430a71c739415aa5da32c13c6c4591b39422f4498050f3c9f2c1474856a1fd3517409503287ce87ad721ca2f34b5aaa2eeffc23e3541d9c2107da186695ba7344e7fe876e5577e71cf1cde823ea4e131725f115a307e5973f80b88d128e58b2da6f833a27f4d84d920f0ce295e160b1ebe8826d1e02bd2c0c6c1d0dc8c07880c326bcd55510fcad7c9b8e7e193377905fe312754a4b48a725eeaf727b0763c2a742a25b8373b660697828eb972cb1b1a3e66c4f8a936fa56e795debd948295f40ef750e6b432014bc185d046410b2e74af45ca735a7b520dc9bb51fb75284436192853227802df1645ba4492e64aa8a75e5402cf2b8790851ed40b83c9f99ed954378265745f0a4ad9320e2e96fb4c1057517be3821601a65ebe1869bc43dec23bd51beea44bfe6078e65e9c63cf879fc0057e7203d9582c2bea9421054131be951c42d4aee1d884ff6600e70603b30c0d70ca0482cf078e9743e857fe2ea92d09f9c67350b71c447fbd4cadeb2395e0f187f48dbd05af64a41c92f6a9ba878651970597eabd27ed691cd6707cf58e7de58246823156e0d891c6a30ea231f7c09ceb05a81397d8652eaf83ac146ef591ebef640f4fbe22479f28841af8a4d8b8389470f2c54f12892e20c231c9245af4dbd5ba1d63e8f706171b4018dcd2df80cd195fb8f9ae673d1ff5926253634e23a630109ac31f864458ddfe6889418c783642d8a5d71ef16d4f33dee4ce07b7cf9f79ccd3e30fd84c54697e93c5290d0ce47ae5a21a03de1bc69481eceea28e57f07490593b4243859b66b963b3450a35092dba7da750a78d1eaaed25c19c45586664f0abdc2a3da3c6a95a973851d24370480f40fcd5b74c6d4f68f9b552c8a80298e960818df003f88241f6beeb497de4ab387f2e708d00494b4e6c31d117ba761ffc26d533040e02d2dae9c9c978dbbcda0a274e05196e4d6767ad45f2bf5d4889c97dbd5cd9a83beaa93afdc6c6d35fdb943a366c2b1aef23ddbef12a10638bbe9ab15a531c204d8c03d8fb0cd20691981f0550bcfcf509cdf457854b79935fb81349ff05925f12d3136a5cc364147cba68b85a50888ccf683757d1cda0ea5bd35b27c43a526529036e0dc4cb2bc1f314213d48f0b59fa7f6251ab1ee54fef0c026517568d2e50f38c276f9c9ec80c83f6cf5010984e29748c4ba23377fb67a849f1707df4c23244f2a81a4571aae840dbdfd1df84fafe84dc47778442f49c60de46ceab367676c8dddaa9e3d91e2336a9c88bb70b112c8df6643aba96a3e051534b7eb942cd4db1589a00b21b31286921a57fa237c11a7c737d4f6e4ef1b65a688a813fa13f57d5b1e95b3875829dec815abef5449cedfec03fc9f1665b06b7237a4b484a96c77332784b6f3fe78ab21c8937b8774d746f71d1f806eaaaf376ee923dd49fccf945b05865e83d9525451773c2f4de870e2c66956bcab449a17dba6e826d955fa6f25258821cace88fd207099d2511772f2d9f6b953870c1cef6cfbc897932746e30adf9c2e2b4715cc2471d5f58092b0395bb6f1a72becdabc83c4c75b0c086417be14e4391f5d44fb5c64a23af2630571cb75617e4500d5e67a3630c95d4fcce1ea1ff802d1cc89f41eb23eef1e21a300c660b2b8a05e48999002f8e75271fac6c03aa7901ee2ce7aad069729ba5f7c357202c43d6b327d735b8cba18424ed912d75444f58562ee4aa16f2baca3ca227bf60fecdb7bfa8567499ea550ccb2573d68174d46a0958aa1c06e64383943d4b6a942f28e680aea79dbbfdde137ab9c3fba6ac303141667bc42e3967131af16d4200be94bbf5615f1b6e0f1ae2538bb9f49d8b7b552fa7e7e7d3020cfd044c8beef9f83e96f838f1b77d1a458769f6c236ba1d058869f572b231e66d6ee2d530ebf6cf9e570ad9d6917424607f3b14da4cd0326265f0af6fde0580bc22aeca2c92bc863895028fda7168d95c87346e45b7b93e9aecfe562d22297006f41d388314e224ee9767b42132f085deb6018d2e2806e571122b656a3f675855e5436979a79bc9ae3391b72bdceabd353053da97171cf45effad49995780af1a3ee9f264d22464de46637887099c7df5e78fe4708f731369cea640c4f0b21a201597822933a6166bd6035756a229a0489cc7965354159b7ca7f70bcabbab06b722e539b0195dc227f8297f2d79a96f157d2560b0ec149a321a39ed44320b6f46e412bdda764a22370ebea327543326f2f468e3e43256860364a9fd3b5e81907add0b18e8b1ee5af9f5d53b44829a6435086df9b63717d2c10d4ba0d8ca6835c8f91ae2727f8f98bf50a19ec5880687db4d7339f594245dea3620717dde3a98e527041527341d6ab363d306c43030ec4b46819bb53486fd564c96bc7124c726d0eb2627638e3d5885e1551506ba820e6b3bfdf6c8abe23730417caa6ff96b2785462bba0019313e48a5a4b01070cfa1a674f7bad1c12c8b8b3171a8a313b6990c6260238a15990da3e1e571f96108749e3c289ce4b3022c08248797d58b104ce88caf4ed2736e829332f52fadabea090ce30aa8ad35ff934ed7f9b6f5e889e09689f39ce6bb016e463fdc75a72a1168abe54484e442967cfc33d271dc7ea130b6122018a3444968f5c0687a347fceb4530ebb43d6c15355c54213deaf2fe37147573ce3b0fc9a4b7e2a83f7777f8b5d2ad25d7c0c1dc8f1aec97428ef8466e29c4f33eb4fe172278d7a060883f3f1ddcb16f8ebc94e18ce22c56a59b1869e4e05086bcbc617ab47bade32e502045c9678fb97f2677444b53b5398dd741dcc86589e08115ff815e606ea578d439d5c6bddd897a3308320b54bf50eb0b9f772929d131928f550ce7e33dad3f5dece46a83af4a901bf91290cdff319ecca6c0f9b1617c3c4faa352497765f3c0abea248485461471f9db0562cdf5d6355997044cf630fc0fdd80f211fd1f6ace2c3348afc0c2b0b309300d144fb9f81e9e140aeaf9c5e6bcab056fc3e1005abcf7a7f87b756346f17fe3b5aa043b195d973ec4746e4266ac92110996844b30bf6fab13a59dcff9e3ec95453ae046217bd95ff3f6b8b83dbcfa47277006bc243416e51c7b27a0074a7cce826ceedc7d82a3423158228c2be2e7046697744c0c5071952fa4b1e2e9d6cec198028057f5a66630e7b8ea79c40ecd893d0afc08d787694c546b381c5e39d9f6206fb2faa2aebf333edc6a3ab79b0d2e4b612d344a341033ef2ebfbcd7f7b66fbbca0942f6cc4ac2b0c90ab21e0503d2d49521d6786a1e656d22c42aaaa1c2e0deaa4520e2a959d0df4f3c7230b9a4385f7af5f2817456de007bbe8cecbb82f2a16da5725211d5e9f7385fc2dd796cba7ea4338e6ccc3639053dbefe7e112f35f354ad674387ef5870770f9757ac7b85643af2acd127f62d0b2fb201f94b274f8d8f2b48c54a4c61c5ee2d0e6b86afc809b4faaa7da45304a6883f6551d26848b65f933644f86a08c302691fd13b4d591435b04ed84a9330fe5b90c73207a5e2e072b5a742f4acfba4a4d0ab49702a9494b7575bf7d886dc6c402ed9aa5707935c5c1234a4fe7c56367b905a3bbc9eca8dd4872ec8cd79162865c74a0e3505911a2e1adf244a0ac58f6e45ff81c1395475607b91bfbc8b3bf56f4343d178a4f0f8cc176828a0c92056e545ce52ee4e356c6486910ed42591fb48004926b2c1be25fa473528e01c6892de82d0031a91d240d73efe19153a6c74a00ce9cdf2659326e22ff0460dea85244ae264a1d198b6678c442a4b95eee2fc930edce5f4a5be9a4be75372db3afae6397d48b3e1b6565c8fc0e058f217b0b1e9228d1bb00c9fc5a16a4aa8ceda849b48e081ac3ca90a08910445428352daf45a596173c7e8f16a2a4727492ac5df420c195442e5508ddad7a86f186935fd55ca6836f23cbc515e0fb33c67ad5a3f1e08bb5618564f10f0bd7c8803156c7fec4eb89f9f69df7d476c22e66836b9f4e90bd8be963bfbeb8bc63ff8b983326ad3f406daad15e60c9188dbdeed5b2088a0b07511fb5aa71cf67ee4cbcce5f8884405120a31c179763e8f87b8bf1f7488d0cc951a5e0de7ba4ea56f6a062a1023c5d17f29ad672308c3373df26ce81f982d61fd5f4c50d8d8a36097f161bd6694f2f598b41830f73484ef6c36d257fe699fb7fce28f9d5205873219bd22147cd85b8f2f1fb9df21b262a449460a6227cd2fc295953bfff94ec144ea743fa4c028e09916636974f506f0f864a4854248373ec077a9983ad85fa3517695f231924254d7b99b0f3a006e3710e03d0b45e30705692a772064f9c3bc5368b1af4d6b8a8bdf7d482a9b4eda0ca211d04c7530a778be4561ca0c4a85f63f4210677334327984ccd2d9955c8459578de6362cbe0469a7cebf922cc1a6a933a5dfede5414b913341f4f6cb7c480b96f36ebc58126aa6f32a37668df9a8357ac9e13ce934b9108f148a58c63566ce0cd8eac236d9547b3c347fc611abcf88cad7231640173c9139468660d2b140dfca38f200207b4e5694faaedf5f4a9b118181efc65b6cc4728d4de37053583346c10c082024a19e2c473fd7da1cdf7a42f414e7a65c58458cabdbd900a59a00d6ae4f68e1408cc0595398d53c3914faab0a67a3887ee42b5a2a74e72857daef0a3230493c6024a4629ce4c675c05e5054abe8fd67d753fb48d179fdc851420cb78d44dcaaa4e37f17d9ecfdf7e8896de4f3fce73081e86ff5d0991b01e3c4ddafc5e2d7e1c5912770012b1ac6eb2419134b78dc6b7f6e81e71e196aecfd184bf36e09d93da0c33e3372d14c621fd41c88e46600d46ba716a0fd513bd46f0293a468afda9fb8ffc367a953f8596810508ca03ec44cbe85e66af7ec2be14444d99a5cfcfaee2ce70b6bbe9fc1a05560635fe1066a77035e6e23d717a3bf3595f8101230af6793b3bcd6b6093e56f49c0dfba861494f6ee05e7a86c41c505c0b7f9fd51a5d68ba9994439aba27a731e3f2398a3978e64e00ffbd6de371066282466b5bac4033b0aa690d6011387e544d7649e632d292a97885b73611572ccfa2cc3c1339d8e0031f6764016b23c86ed680ad233234ffbf86b7ae2be62b7a5cacdf740fd0b4d6c223da84d5c73e3ccc92758c6d02912c7116c88632b19ccbe9f6e5488738e2f74e98caab03e13a428154a57f8cfed4b8a3d3a65a0f1c67929673a979ddf8d44cc2dce685f91c4c132ebafe92a673c7e67a0527eb541b593d5d975d0ac832ec68e9e3412c93bd97dbb1e9c43a17a59be19733c4bc0d9c7a456bb969ed33d584cf5689626f186c73c53448776ae5e679edc2eb42ea5a3919fc078bb7234d215d51ea726853276c2ee32cdc80d1b65c9105364923cff3f9b688951bb73169c1b2fb03e3d09bdbded114e309184ecbc86e6eeaa14308b31b16392773884bb42908b99411ba308d8d54155a40af7b21f1ff77c52ccb577a60d187791f2efc8e3c86e6c7ea4c59be24b835b8f66bab173f57a2bb5a4b7fc144834c7dcf10cb324909118f27dde04aed16895f9966ba1480f75bdcb0d19d065749389366e21eb4d9096946e7234a9162fdd7eccc956541ab53811fcfd437df0fccbd2e266cb2df61b1305143becf3febd023a55bf4b597b19a13f1d55f5188e9895d43251c76f3010a51af3b9e5235087835b061134211e6263334d8db916a95029b315fbf4bbcd0d1736d42faad783ddd3429c82a40fb5315e228432cbeb4a968b3c34139721d40840fc913a82ef891e6fb261ee9389dc664c115e02a55e5c99ac32495fb5a1c3fdae6927124e582632253e904029ce122306647dd7fe91568fbf04060d964985335a9478fa03e5c40b7f8907f2a8e9051a2121175aed20a3cb782f65c342570b5bcb87f90029570489f52630dd3fdd9b4cd71450288f5298720d86d236214b25528213ab4c94ee6b878dbb51c663055448e27fbbe77ece9809de8bcb71692ee71b28a21e2e8935a5cb35ebf89478e72ea80586d7ce99ab4e8bbcc10ed4da677f7f79ce05670c5811fe56af658ab8d245873e3c07b2b3817511f1af2b973242157811d6ee572b93dd951c099d288104820ffebcca8b92d02d2915eaa323c0fe19662a2923d055151f6eee86c948ff2ba2cb75675d8102a021e8b391592f5668e7ef46fde2f8f7ced55468887400f8b8bda6b04eb7d2b3bc456b4c44458f115de5baca9074ab5deaad85126a2d205df63fa571e50fc97d6415a697ac1e35e497377bb56067ec40e0f120e2b5e45079e9fea3f4b618fc43b25117ed8f85bcb9abe7c6102dc6f6f5260ec65e95cae75a030f51195089d84f0cb2ef08491df7873a3b599a950f69e157126ca47fb4c5505633841d0f4c392db6c83b5354aa6ab39a3a534cf513daa14694ee18100a21706c179f6a14cef544a76f80a9a533de29a8fd56a21debe95b6537de8817450cf1bfa296ea53ce1ff0632325083f14cc8b142c4650bf7f73a0fa3ec920cc2ad41a9c5de9df82b9cbb7b6af10223d47f0c0e501e8aba041e73cd2bc1f97de50f8f7f04595e479570a86745df37d2149acc3ac2c5df559f6048952069bbba8e9f4dcf6d3210643db45aa94787f6faeac92a963eed121d2825748da8f66046289d421a3abbe30ff380f20c5508d4ff9f8759e379e149d17464c12bec6944e5f5a174390d2f3a2ab7b0b076857f1754c2e33531f163367c729e7df715273899bfc3e1d57908d8f844a04a0451d1bc9bcebc92d58879f968fec59a893857aa5c1f727b78b4a28e5e34125939bc0dd6c856694bd07aea20358a63165f1ab62feded06e674876c80ade361081186124bc09fbd197357473f70102d1014191d9f5656291ebec1c8dc52938740e944d6b29813519a8bfd1dc1a96d3df0cffe76a111f0b38bd6e537f2cdac9c8179b3b0eef00abc13a788a97e31fc298ca05af72d924e9bc883739ef89f8524242f6c3abd8cdcbcd1d3e06f04a79b5f885945709eec897d262f065702c2aea480946dbfde2743ea01737916acd75274a69344f0c703680cf2cf9441cae3e0d5dbe110f0cdcac9f4ed63c9a2dd071100d7a6f6b5565a2be0daa181e9e061ea1f9db2edab73144178e5e35f5f3f9415e8ca1b161e1c0305bd6c5f9e0173cf792558b8b29a94b8102cbda3778600dbed5d0fc2df519609ad89c261ea8637bf44a3254a0ad2982037c983b56966bc6234a0a2556bfe50261dd6c79373d9c0d8735bacddf5f436bcd8fd52355816cdc2a423ef984e0c51fbb6d14b51c5a2c9be49013f70079aa1bc416c12b07e6262c49b5c28b15abf1d4427713b2ab4531ea302f5854bb20de29d9313fee6711572b931f7c9b612dffcae6add68e7c8b6e1615a11514bad32a62a1a117da460923e7687c042ca5aa9d5e52a0944923e3ee50ab14f4d58b4dd1e8b3364b0e78f14b4addfbc59f2fabc0c124af995d8b6da0d3fcfe35132387c4c653a9a1532c0817ff989c7c57b729492c4a2de8c93f2673871b8db1b05aa475b44e7d453d88173b1acb2e0eeb8b2553a05cbd09aed2f672196ca09f08320f566065c823b089136b2eeda9bb7672b93a5820e71cedf09a078277f64d4816af585130f30c63cfbd8c76eed33fc6cbe6e9298e1aa3a436bb673434a8cf7596ef227a62c1b8c1482fa11f2481f275b5455f7c947f5baa1db932e1aea6753c97141a939f7651d5838c5f592dfdd69eaf72d802f35c1a2ce5ef9cca37876cb32c86817d30606f32880bcdb35bb4eb836d419e42f7ecb13091b49cf1266ccb540408ab6549c25709641c1e576a77aa5c2c22d9321ef9d905f5cbc7c707b5782936a3b03de8a6174169bb1afc887fcca4edf18eb97b62b3e9efbbe816859e2902ce4313dc40090bdaed1460f8a39b2be626296a162375f8c21e9b5172bad460c991736851e3353522610de241ad86a28ce6d3ce6ad760a1051da916cef144fc81dc35c79ae6ff15375df646e213463fcf2540bae7172ac209ebcb36c62e06f2d4b050779f818dfe6215ee6941fb433c0b30a3c56ae75d3efa854ef9d5436c196c699a7119ef501898db941a275b456f654465b2a220d9d9a2d5fc59870b9697f5818dca2915091db6606e5d4b47571e9eec6c9e3adbd122b701f75a680ef9b0edf67c09575a2300798c2ab30cb763a080764cbd11539c7f71e1c06764de1b4c479eacf423f03bf41d32967d7e77172ff4f80f9bc36c398cd961406bb259e4ea8dfcfaf49cc97fa2f6f911b82a4c877931c6d44934962ba77a74e5b9788ba2ee676998d1cebf97fd92aafb73335190b0e52311444d5de5a6155a09c8d0b81ae473ed287a87725b8888347e0e327d8ba77e51f9992fe37b134502cc3454acb3456c8780e29bbf70f2b3344c973f6f5e7931190f296274bb915b0bf92c278bbe2e4044b2b027ee1510d140604db311994125cc50ceea55e342b25b68d2e06109eab570ff2be331cb6c7c92b20ccf7dcebfa72c95f2c34fec88ad0c5d0beb2bf24441a4685400d2ca804f058e2171b80b26f165008d1268731e7ee6e3c73b8c299a2645c2d8ef7273e5d9aef10a6d0387353b74310a13f5ba019581fb375aece1b7a8d6069ef03e31d125253deaada6ab464927fe2179252b047f6f93b3ea7a07efbc93c604cbc0d346212ef41d634bec25b314289afa3dc62e03287727b5590a6b72aa4fc3803a01dd687e5762445f4a61a27c7ee916ccd351a185ab458ae7c50115e8e1ac5f4e0a4497a68a2c26bded9ffa0f4002a77b9480869201d659add899e97f4f0e3bf38aacd33af06af7f267a9cfa00f4ba5de8d6c41b963ee4c071bb57dccae9382cf6a1b5ea7eafb8e86fa742e780a9c3c80163754ee63069ba269c8266bf469550cd1e943208ead9405153fffc587f9579d98801d4dfd256afa887f881311a5374e614d80a45b9cfd121f41815308856f638c124ff1c73e632f6958038e25ab08139875e89d82bf495ab20bfc44c409094739710bfb17a145fb8849f7259b70f756f6f57b2926d3caa67043e4cdc12fd7c50019c1d6ffeb0229c10426e4f2e4af55783134624fa6ef014e87af53306674c2993d2ecb0ff0dc3c6b4283e70aca8f4cdfa8cfa8208d1002cd664b5d059b66db843906cd86bf452b01535f6b67ebf28ad599794b85ff2c3863a57b7565600a02f29a1946804736a4b3f3f412fb773e36d322875a3707763148f163de6ef35abb611dce3305b084434a4bb6f8c783061127bd9fc0502ac574dabd3a71a40bde4dd80c1682dd8606986c5f7f4bd2a4fa55632980207fcdb9320ec2e6b40400536955913469a371272167830e05edddc840c04ca087b45f902e074fa9f1457be8a009ffe369fa2fdefb34edb2e6adb55cd401b848088d57d88405545cdc6f3a504824e64f4d9fa272f69c7ee50f687d233678247cd9011e54ee23361e81f583ebea4ec5775712f39e524f737fd5ed97f425549a9f19eef3ee9dc0862066cad12028c68c650714e205da855bee3d679817ed75a6d5aacbd45816e0571f9502ccdd4075f2d9bf5d430a27ed8db2306100e66426744db4078c28357993a699c31ba43a562a4c54acfeb0d38211143be184ecbfff05ecc08368f31f71fecfd3543ca315fdcbf8966cac6272a22f2c51288559e0067ad4b304d31c64b3dd4213b90ecdbf84986179c40ae8fbd89c49a009f73723881e59a28760fd17fce25921a45620e81b736fa76fc7c6a3668593cb321257cb1f24c7ed870588ecee3b776844812ca1a93226ce1af4ac53716061d2b83dc2319bf096849d52abb0c9e59916d50b2c0a8e7897a46c82024e25747a27c8d1019f9ffe370cf99ac46c09493da7c41b313f1a942a55f2685b91ec71ac200ef854339a6cda74e65307045ba05d9807b60f5ab2a99f611b5c32ad6f4d2a2ad970676cf2522cbda01c997cf5d795ee2f867e24e73c34d7160f1f80e985f406d6f07b803aadf7566ded83e4407e9934407c992845421b4e0471d80c3cc7f8ecebf36a71cb802814ac2d5851c6f1ada53186955e0d543103197f7fc8fae97d4453eca2c7a087ebc3e5eff7da9b7da9e96135c69cfb825b01666a048976d0817e068f06c1914f1cf0c3ef12e729d85ce546d294ed3f95d9f562702dace7ae9aefcd3c72c95e605598f452a0144bf8bb5c8ea113e33d90ca08f3e119d0d5c114b7bf067c9eb384b1af9583236d94a963d11582aaa32078986396aeb9be3a8af6bacf97116ac71ad86ac2bdd9b53035b1d0f9980ca2ab89a23889510d5740522915563a3a513ba891c4de54d157dd7e976031ed295ac149bd5be683457cb555a4ae69412a6268348322ef898dd6aae80aa6ad92fcb65ca43168cdd2594fbfd57596e62928fbb326a593fdea792bda121d72c9e455460277ff4924a7b4ed9ab26400a93657804f76a65a861ca79c9fa353df8f3898cc9fda00d3a8e943cc0f1f393e778ceb5e8f6b2ab6a4b104c3a3eed4c2c09c74e6f8b3b1c35e5466d628be9b72142e95331a9455239d7e8066b1139b7683f96e8d31f48d23b1b98a8ee9420777273264deb49dd2a89bcc592d2bdf2de2db59db744c8bdbbe9955b2166f4a8e7e61e677146cfbda8e1099a87e272028c1ca6f23128c25755c6ec2920d9602ec08e856d4825bd6dca5031ad805752d2de2397db06ce9c686a8939931bf1270f6fd3324a9c67b7a399be83bb52cce2480a0c2c7c2d702a0e01cfd6395006ec3794abafe1882078eab46db8d9f2e6ed16954f8b5ad8b74fedcd28c585a213c80bb26faa8047ce7282bd7c7870cfd972d6f80e3627d52e1c64b46bb1f16ce999cac8216b67b825d92d29fe63798cdb978a831c931c0ce43da578e4a5816c434aeb3fd82cf259339322fc41c44b0cee666a9ef2e0088d0256b2c5b4b0fc26f84917f24fae847381577e564dd1961481a51947b2db11bafa044b40d7afda073a4ace848ac67f3780bc9fd0859385806d8871b10353ebf00d1a66ed68476ed16065e8955c3a277d824909b5994ec5afa96b8ac0076c440cafb252e3bd72fdd9df451aa319188a8c6382a9b6a01dd7a9dedfdae55e1f0fe7a925c7864b9b456a30332bee6e0668fef96585e5edc8f9ecc97e0632b4d25d6c77dbb7c4fb2f5dda87edc71a2fa2397926e4f52d00693c9b0e920a0f10f1ecd353c1767edd525d4a5da698764225054a8d3e56c9e0309c9a77de96d2efa9f3428c07d593dc830fbf280af543b2326e4f3a8b27105c437dad166b89a538a40dd3b3a852fcd2cf1e4d9d77249219701abc59faa1498724bf06d0222663851a5c9c7e2d1f2aa3c889a59a45e6434fb369064fa05b14d46705eca035004c32ea54fbdf3b4d6e0280299fd9413def112645673fc32038e998ffffca98bd7028711de2b4300d928cde2ce0aae21775ce85e8d24fea9773ebae4e8da6ecdc9061900117218af9e8b00e0ff94ae15e115a112a697f0cee8bdf1188c74c46c5d468331920cea9a29cfd3b5b8df2d8b504456925bac8e84143990032c236951b11baf7022e464a24db017abb7d3ca616bae81693deb2977ec600bd1765ed0565f86044c32890b3f05c3771e200f2f7af024c12273901a8daf16817a8cb1e5c68cfe7b8b4f317c7d45e6220ea4c66cc597f4f4eee6a7098a5045aec0c13cfe28e5f25f8fcc9142b533357d15aea194a5b8ca2306149c84a02b8b7a74e80ddef7b489f1ea86a7232bdba2f61f81315e03658bc8e526bf265d48fcb8f2cbbb2ff652c765c14d32c1c5a169c3e40cfba01ef9a89502cd8ae6e6e4826fe8b20898c679d31b2e4af46ed99873516849f0f85c55c2de66cffd1ee0581583ebc6126a60e469303ca988e21d911c9121599a28c3b5bf2be2157759d6c6290e232ce7fa084789fefecf97acc38c62b9b0977b6130d0b27b5acb95eb795bdbb16583cbf3dcd1ee3e0f521ee5e26325e6f164389827b9137bec2fa0eb6c95f130c23fff912803b5d20932e8531ba2a01e424ebd7b4f468dfc25d2d23d4d89b2151983a952cc4dfd72dc3ec7e947d81a810a01729d02473632519ea83d2f7c1d1785b73a39dab5b5e01e6712e2d1c0227f955549ab0eeeef12c40ce26e9bea8430785c71626a3dbc69f7b6478cf2f726cae4e94748d2cfb9b37dc8754116d6faa5d7ea141af38c43245130dc519705143024310a16078a0c7a6a2eb7322174a2f6b4c1cf63a63c8483b992adf72f36074e8dd41818b9791a063fbbaa4633679dc3ae66797b25757e2daf2ae5c485088d5e9fcb2f585a26de2bc45eade80dfc2f8b3e27b2bccfed5c23c093e0479b799e7eb98f234b8ca1d407673b953ca3f252856d8c95abc3afeb0aba34c7f78ecbcdecca7a92ffd4d25eaeb70343f6d7ed530c914b5283d5fb911d69c4cef47671c234c57828324353b88a37053972ba1d251b9e74004b67fc9a7975830bfe8bbbd907ce97dfd19dacf0361573983bce01b8314d87f31769e0ceb3b00b3a399ac2dee4272aedbd013b0a1ff53183934bdb96ebafe8109d405a39fc8d4d45233b44cb2cff89d25dedf591e1db6497841c0900919a83dd164c7e2eb5d22114d07c269396341695b87d6cc605c6fa4a8c2bf0e2bf1f5555219d6c8a23d404edd9619285d9c7a631cacd05ede49719a175b146345f0961091093720cfca8b54e8c92f13b576ec421ca269cdfc486fa691db7e96c93a6ae953bbfdcf3efc4156650f4a6f982ea2a1a4059c878dece8c69dc4a4d912a0794a1b9dfd5072288fe261c3474ff89ecaa532417f4dd9f44d64e9f5fb4e4e4a70c23691fa4595c8d192367586f22a6b9438ef8868032bfeb3c5b85fc3c7b1fd58c253f919f3c5010b3e650ecba58954b0f43e2c7149a60553ab39f8ad0911adb77ca4bad177c0e33fd489e44b68da445437e6d38370d6db895fa2cee2ac988a52b5224b2e43fac685388e5a76ca6edf6d86641a4ffd18a7d43e38cf24c9a5b3f87eda21c0c6fb7a7c03a71e5da453b119d073120f6223ef01a43fbb6f8383d892ed78897b657bf7cbeeb459b91d3eea7993e83c854d218824b771b076f7c79c67465ec1b7db36594c353f26aac9270e74bbcd24edd27df941343069f65b7f7ed94a01422eb4080c0e4bb3a0b4b111b2935c756e98bed3cf65de1a198637ddaeb6414852d8202df6561894cfc2d4e8d59cd87d106342b3ecf419bdf1266f7c8a527384c5c7c5f2c026809a2991bfeffec047ef1aeb7c645bcb1661bf7312284dbf7c099de89d7420ae5c602116cfa90b3a592ca3ffb47b855f1cb5c98deeccbbaa3c1e6ac0548105ee65f4d5d25077a07171ccf2823c2e5c21bfd22bf3b73d81775cc794b53d74719c2bd959ba2144806e65196f814cf6fbdb11ba36665458c570514e1ecd6b833e0d9b2bcdd49cfb9f0fa852040214ae9240181ad832aa51acbc94f76a992d79243a895698c19582deb6c0549d8099bdfda174cc0f55e0dcbb98c54e99e3d82853b60e660352d97e8ddc72867b05670ae3283b6f649d538f78ff65d039409dd5474b7069599720285e211ab145996861baecab55af1a39c9ae59cda06e9f63d2f4e24de4cf9b6708aaaad4ba48b7b63ac21496d59e29b665a5054c6e2fb97b9bdf9bd73bc84b6455db6a08bf8cc2985b3e0a1039cbb1e4801aeae04f7ad348ef3d615065b689569ec25d3e282b324b3e286b9b0961c292333cb3717182adc35de382a5dc7768ef130c51a34e04b119ade916ef07b4d91e4282cc5bdd1a48d60ddd61c7f6167d3f98df319a7338569888e8485f8a86a2e45edbefa1713bb9ff8699677e8327a8be77053e189e675dedce967ff6c460e7af30a5254ec0efbc4211eee2999e4938e228e5efa14dafe09959134bb42f5c218315aac8d8a4332c7a169f7e2901e281ce4937670dd3c3535033d33ee318b8a9ea8a576c41d43a81b669157abfb619b9175176226ef95ad03fe7b94fa1885748f412061b010da4a1dbcbbce9d317797a6beb9dce6426f7ba4f2f1c89b7ae7f860337606ea20664fc469b0e086023880471cb6ebfb5991508d7d841992ff558b933b6c058ba68d6cfe624c22c43d649cd4298a0876eccd9c198394cb6ec3d21eb98dfe001af61af5012a81324cdb35baf799d53107435d571c10098999bc65fa0b36084ebf0f0c00f8ab60d54ed889e3bf8c0d01013ed694f937f3f2a6e54f4e049ca510712e74a157dbc8c1ef0e78ee2aa74d0dbf63674bd5d9cf23b845b3c449b179246fa9e6133850f8ce721b49e5c5c3d8d458b069f07afbe99e02ac9fbd87d3dcd13e867e2ddc90523144cc736d5571b298b90b8d2f6cd4d8b61bf7b60ca7ba6f26cd9a04d44978e9ae27e84c51d8a78d77f724b7bc4808fa356f50f486cd3f914f44d732816634110aa8bdbe09aa72942d26d525717f60e3b456cb4c59cb808850eb7862be27964130d5f2a6148f8925207bd3e16eef6b3beaef8837fa9a264b971784637df8bfe62a6523a43124f88bbad46a263a7600dbf517af3655a7567ae288f1e5b852b9a6690c62448766df2d80a84c5d09a603efdf5c563f059aa6b4f682731863cdd5402f57326005e042bfceae582a7023205f3fcc3ceed2629f449a6addfcf02781d5b02db859b0fe43ac189922454adf47b13ad9b64340f54265c4553fcdfce5f35f2411a17bcf62f6235563dc3dd5629e20206395ad961e8942628985daba378eecee10f40c407379aad424b64878cc2d26b46c867e3eee47d9c6cf08b00b66b670a8da7601d97a85d5f45ea9b2e41e02f08885c5823e103822295f06a6baca17d4846486bc8a2411a256fcc2fbf0db610d391787d48b73a01a108503d30036cb349d20343dc9b135c835d43a7539a8a1b1b86fe090331e8134274f5cffb75482eafc120858fa81c706dc94e11e51c5124ecafce4d85ac32f366f6672417f797749e265711e85e789e9178d4bb074efdf427008a944646aeacce37ed4c05bc7a46708036b743f00f971133f32bc4ab4e368d5e17421186bbf25648a308e1c267bdc681c309e2529be539d0e7e0ec21d05ae956f176184458d9a041176fc59e46b2cfc679ca3cfd741671852092d9ca7acca1d8e72f7640621af8df2ecf05202b2872c08b0b987ba6b1cdfb0dd6fee08b3e1f457f90079fb2de8ac9a6874317db943f78a01001fb9dddc83ad9e76bdd4df6057b61974b4cfa68d618ce58ba07a148d18d9a136bc797c618c0607a9664d07e1ee5464bcf907f8093922f16a5feb1cc99037e4a23baa89af7aff7d748b8a1cafbd9f6e444645438ce5b57d24165677a9d10c90a22ac22de33ec32aee5151b0ff2abb7beff58f8185b897ecbdc1d589af9807069f3fe0d965da16789b1c630818f799fa06f29c184b74ec7211fbe647c6ed867bbd7f9dedfc100138a27f83c23e1f2200a28ff7443818a7e5c546a482005f5a718b2fd6204b95effdad06e0f018792c2443419fae1650fb7310c1e0ec1ac697688732082d880be850d0784ff66237886d946c883a746fa45a44ddbea451b1a8a3f58ce1a9ca323dd6b195e701fcc23ecd30042b0961ad4d1db25a1f6194d04aedee13cfa8888ba5e2e2d9aee06b3af44dcb10c3cff71a0137a825a0e6596d71731d9ac38468ffd4937adc673c75c513ec17b3fc0d213b53bfbb4e9e3c006dd679acea4b8b85ed64fb625372b926022c2ce93e04b7ce1a07c02c3071982fde41a301392e101371bc8f216cf482d1387a85e75e94076369f3700a0e2b17323d717c0b0a448b2f620813300bf1d3693c6297588711bbc104b8fdf3a2b1576201f14e16ebeb4670ab3d85bc01d1f0d2269dfdae9a75532c9adb1de1347ce95eae3a9fa7d5851e9d009748c00141a17c715baadaf3748a72b60ac71171ea6efcb710a3584431b0582fcf91fb6092bc1b2aff61732843993e2f22ee833b452b4a2d416bb7af731d3c4230b4043731e94696d94ad551fc59b7820db7b57873c5e9981e08710d53d08479b5bbac7af22af4e600c17d585d7693d27f8f9df0736f89eee144599947d63ecfc4b0a86108a517b67953082073db04221ac22cd6ab24a00c83fb0a3442f300f8558e71fbc3539b959f0008a1ca96cfe4e24e9aae9754d88fd744958d856c4b7d893f4d3bf6feb9e11ffbce6ff2803bcc31c09e968ead3f78db3c0254243d717d437351656f7ba19440a7c7afffd1220b7b49daa7de17c0b69a1fcec03d35c2286f6a9c395971e27a95919a28a73fa62da9bf21d8c98241371a6751f35b09a37dd582a8c1ffc18f5d0eec3a9a2c8c6a3e65eb26784ae95dec64e2963f22553d8507671d528b397bb38605c9a97d282bc02a6172f0f636f3fd95926b06070d681a415fd10fd7492ea61a599fca1bee82d87d35598468d25402d2a0e827f399fe69639ee2264f13765759429a24f5fb648c84a964e00202bd779a6adce06574b2989e58ab57bf92be0ae15b3dca59f0caceaceec500504a06a5a3b2612c9c41685b7c4c8a9e9bad62e6c42db952ffc4b2d0736175c04118622badc6c716f377f49dcc187393f4d768a27105be81ce0a17f0d61571da5d5b17395338974ec45fb7e2b3e789b66b841191f0a1fa31cc9ef626a7f31181408063c67eb434c75aeeedcb2fa6af17824c9473f5c449786065551ca471e3308bbceb0d08e8aefec69e0bf2db82940108275aace1b7271d99f1d70204cc444338dd2e5b4e9f7444e81c961b85861b962787dda4ba7155748e70821c425b86e8e0780475c3093053646c21171f6738b5a5d4f8aad597d189ff4b8fdfbe9001885ffb743b64f5557f066011e4d26482faf616955146a50d0c630575dcd861d803b3c1e30d2bb0d17730cf9467ea8eccf86b33f8a4c1be56948eb793a248fa7c87d30c7f9041220705204d97cb23e6a3cad37640dfe6ba95b3850a78ddedfff67079a0e77d36e07d9487001e5fb2b63ccd486f7eb1bdc3430720c6feb32a5c2707fc09a946658b9de952ae9f31d879a35f95843070bd31d3297f8bd3a1b2e5c82d4bfe1c3e036244c537c8041a8bf81649267fbe70c6ed03fd451674e1fc7ef46657c17aeeca3e7d3803c179fa63e1b6b428ab1c42f34157afd82aeaa12dea62fd34f6faa9ba3810a9c74f818a7f39ac55fc8ddcdf275d33b463e6c7d60ea80a96ae4aacb94d4b230d0c26ff483819c98d6cd27f427f900f06f7e07ae5c07d3c65357d937b42f31560c76510d68b20260f2f14f15a594a47d4e1e2b62859199ab906f00a6477f2e2538658c247d966edcb3d3b74ca223681b75e8b451e410b33c905f6490fdd3b2f82627358eae236ef292f35e5264d0584999d1b30bf5d26c1c6653a521714fb7caec07d78f5746977962ceb84c2769f4aabe9b44692c23156f038b430a5346cbd6240e8e934f787b60f49123892ad76ea9b8768333321d7f45beafe88dc8a154e739132a0a874cfed5c31f24e80ff88856d94e0566b160399e1adbd4b792e6e7748e3d734f12b393bda6f39086aa0f5ec4e1b2d5ad82e82fd55fb35c892ea81fb4cbb05edf22e344734e683c01eb6b972d457a5d6517cfede24e6c91c4dc7762b7995a4ebb32b7395151c387eeb92b6e6e81ff0858b2b089fc452f2b762e14aa9746f203996724cd49dc2bcf8a1b8fae81c0cb8e503a9d3da6e7daed7f970082662996c05d60edf8c044097431f2af600b77b667aa3334c3417bf559caeb9d16c9b805956a73d59294a4fcf1675b7bc4d2d5209e5afe7a1d469e6ccd6c9357693af4066c51a24858fa1708bc43fa45f5d80829455598e99633ac53f67058d2f863adbbb5cd4ed2dd197e88935296f6821682c8ccb8dfcec380724d7ff4e1e5cbc6e4945622d7bbc79bea794546e36947f4e7102d3a803d2d5da9b0dba11d58cbd49c86c6512b33ab0ea14c111ca723f80032cf268bc8ed69bb299637ea54ca123dfa1fd7fd28e3794eb75963a36b81b3ff3bb05f75b0c4f62e022184d4f0745386c0e580b2f39f95e09fde504abb0b8cfb64b8269822142195c36e67fda876edc419dc32f1867f3b2e205b1e36bdd9b8ebd2cc52e4fa96af76a4b5477fc1b9582a501483f959f38f62dc54c2a5d24d7fdbeae8703d6476aa9c4343a66f4959c4dcb2c2b6824bac89e150cc3089371f577e183b6ab62ca87628803c4457fa72d9442542534d0ccd33a471c29cc5a6599ad9cdaa16335c9b438ae12865dc9e43c32fc4d95ecce450e9ccfbddb0c9930a82dc3e18550848dec14a9c8d50db5145cee403f2591bd2096cd9865993f633af6a07d44c5a9c1fab6f7a9331a9a77f2514c18b6e2205f426f3a2924a042ebd59d049ba6b47df69f36d3f7d8f23bd0014d8869b32a6b3783d1e2c672644ad4bd05fe113ed2e2ab731f26ed2a4f749a9ad8ef998910b9e5b6827985c5cfaf3f45601878807ea7ff5ca8df5dfd59c302a409077ba9842bdb8d4fb3ae082e80b51537b75decbdae6707111fc432d3bb6acd337913c21f1400f7563c723e8563ffc98cc229cc1f9ae70f27dbbced878ce9cef3ff509402b1a2bcf2dd23190fa472431c58fda57a18993ef69a07c47ab81893cf7d573790aaa00e960502d5c9a6c948ce71ad761a6ab02c2055c6d66b71d4675ef6cbccf74e17c71bed643c663eeef86b6dfacf8aeba81ca574638ed63f79158461bc3cfe56a7ade7d283bb79f8c430068a814b328ebf664538c4f8f2b94b3e3f33f6e0a430fddcbbd425a3c7b52b59e1e3253a2539b0db0fd71be505f44cd0452cbbcc8610e2651038ca91756b0cac1357ca978a632be13ecb0d64e99e39f70e71aa95cb0888a389fc125164bffc298b222730dd89659b0d830b990ed3e9c83711c938d126cc3cad188a5ded351d060c1b779f0817976993737859beb37dd6e7fbcdb67f5b4247edcfd15b9a2e7ad526379339c805f80ab57b85a1f69a1ca54a5c5aee0cdaf9a63e9bc40db3941af48413d6a34f7d4b1ef0b437b6c429228aadee1721c5b6f8bad45e93058c59d232ea0a90bff221cf48b08078d0cc171a891b3e5326625a17f73adaa47bb7b9c891656e79d9f6e1897e17f7104e16d9bdca0d96af92e7da007be06166d4a39b6eb49f225cb087174071b0a7592e1077e2b8b33f1b6ae0cf89b850d27b74f911623dd7709497bc6ffc72c854ac21ff33a817bf19500f030e9977d1bc04bfdc646a8db23459a29a0b28f4c83342b2e991ae587423892134d345d76a12cc710b47057fbeed2720bcd0641c942d67a8d8cc014cf1fb7924b6d87afe08225559f3cedd6f4888191a38e9f749bc6e44a1062d794670d8a9514c5b48ca7896a92666ab4825f4997762f516bfeaa21b720d4a7e31643e0b42648a3fbd53b51e55b45ce426f22102380e54181b247c907d60f92252a2d80225c65599e777f249b791d3b2bfebb0abc9845c9a086f88e17ea8bdf56bf006ae1f418f6bd323748e53e2da3b6055e3d09451bc2de70c082f357318e879b1da60efb7627b99c0771279e4b69d5dd24b6b786c366f6fc9b325ab416e3a45c8ad20ced967df771b77c16ba292977624afff2374dd29ebf62f2a3ecb0bd85f8e4c79a9591d98d404269b85b95ca4471712fd08e83dfa79264c74b2d3cd55e740fc28a68852b587b5e39606c06870783fd139c35cb5d779401a208385c435c56f13bb0b0e7a1195e7c340be37692eb1f381d56eb579b20965e9011abb12313b549be59f061eb90340f15cad33dead6f49542431261c562fdfa671df03ec11b6842f638c1643cf4ea79e0385887da173364f77dc051868ae8ef2f1de22ee0673473645eac5af439565fc2ae7fd810cba7f93b8a1e72e44f3aefbfa1d9d21f33afa45fec75435a313c264f8a3158d14d90bd0a07d81d07bbe9a5542fe63b62bd245d4ee856368dc868495f72cd07a2703c73be420ae393f6c03096176ef8e2749fad73cfbf4dc7633b98ce40981252cdc3efedd3ba8b1b2778f16f68c48e2a39c2314ce73d65ede77b19528be694b1f31437aa31e314108248d515478f8b27d137c42774c36b0ccb75d8b58792ec2ce84d675efe3ad06d81f6c317324a30c3cd739b816e66a5a5651c504c3fd27e34cdf004e687d1cf510160f5109fa682e60f72b971b00df5cc8e29b014921852e5b62dd6853f5c5a3f0dc75c1960bf4613a37135315bacd19ff2f140ae67acfc2664e908794dd050462543eb44ba1bf5f8990cddfffa55722205bded959581569407a81cec724b450ef1e973c3952b325ea361d25ad70e4772daefa51933a4399529ca6c5ec432c7d6910775f5b0e5a35b2356ec946adf943005c1d2fdc2e3953791006d89a1a837297d671bac5c783d991f4969345069fe0008032edd7966d5bcdd5ef1bb4dd775b5976d3cb1076a4dcdb284b866f1e55fba2f27bba4c2a7376fa97eadcabc2a5c652dd5a44121b1b52545d31bd9565cf43be41e8072ee4f2ae533d691edacfc2fd6b5abb725cabd23f5108a299554d9fb00422390713175024eaf9614d639c8b13dbc73d684bcf245b38d1e449a01d5fdce5b7a3697edd335bd24b3ef0b208147821a5a1f6342caf53856028480f683dfee0ff2b3aeaf4f195e426b922adb1b1af3edcb98d0cb4003afd64a5b28779544ebb2c97eb077941d26f24b29f9ea716065252819ed8a9fc35fb8db3f1e40f3b5e4a1b68e0f0e922d86b718f282044c45c08764d4754e66338227c9cdb591d516583d0fe08fe786144df23900896a4aabe3d11ea7cdd12e84a1b684e0cd71af9ed248b973f1673e98d2b1450ceb16397ec705aae5ab147e4df8c97fe837fda1dad70788ec3c83f9bae6fbaee73eb36d1dfdc37712588b95a4ed6ab834c0f94fb3f9d414e699aef5ce9ea7fe74b4d3eec52ff6bfdaefb43e023b03a0083c907c4d7d6830914876aa4355d761ea764ec32d171a7ad50a4b08616a3fdbcb253806fd4e01e7b10856dcde0c15f73f5fcd9ce7dbabedc1a99f672936d475521eb5e5d66cad9b3a4d8f0c521000505f6bcc3bae22b3ebbb5d33db9bb3499b617dcf36d9dfe45b8efba48bcbb2a6ecc7b90aaf959623181e9a7766f3c891e0af29212e76bded66ab1c6934408c3150d877a82f0aa3528ec6a0c1544d663d33076b6e0218d49872da4428a1aea4399093d3dd67b20de392c79f30205463be55f382ff324a347fc880ea48315e5e6c8a84eddca0e34924f5e9b96640d6a9f23eeefd50e99cb183d0c73c53287b3cc4a8f2cbb4f5f97a822ec319719616a06fe2a7fe2e73d366ea0f1e7a1737e89bb19a40cfb747edb60e47b237b7d280207e735a51bc6a85a6f626043339ff08cc7f736a0d1a61fd52e37c0b255a884d02f00895d182dca76999a29dcc4965e21f543cea455a6d5a95cff46db39581f684cf0ef873801fc154b061f4ec4b4e1857995bcf47aabea9478780e1ccab4c5aa6fa6548283ff374928e3c47562f67d286ea0f0e095cacd162e452ee8d3c83176801e24fe7d8495beb3bc5e266e724e3472fc67560407d5507bb58f1f697ac54c18ddd34b74b4e055f71fefa78d1acc20f6bec3ee739f0c6efaef1c92e097beb9e6361ff4bf54429b2cd7f1f756fbc593fdef1a01e30cdeb058b511e7647366747243239fc26ec139039b41f4653571c2eae8455abfce70f4a199b5095fce87163f99ca6763aef06662bb8f1144678c3d9bd9b4208096353dd2de4a058c3fbed91841a25848563d539e642467c5fed98572f59905686acab3968289fcdfc44301372cb788eabec8822540775beb481b0849297c1c1e7cc365da841b3e91ed06ec172c6d7e7441913808d674a85de00ef1eb7589b4ad1536c98686f00ba89da15408079884482ca1dd33b36c9c25c4f6dd12ba4d7853bd1d4252b683347c9deb10d2e106f4017edf65207c26d8f92758b00bab11ec8419d4fb057d2e09272a081c8633a604849659074a4a1567df51576a4ebc07c5195644824139cd0814b27e46041a930e4c0c6b2a65aba10ec7228f4d9599b3fc88c82ab15b0768a882628f865c829ff013cb50d91dcdcdd930472f6ad8561876c4f5a935dffb9a1079685aadda0b9c7a657dc46e98eea9e927bf2f34cc70a908c65b807d351dcead99ae404791c24f27bec02b1063fb1bbf072571e3f2d70c1d75e64f0f250a06199c833e167cd3966c93bf2b956732ac8f17a511d2e712ef20f5e80b1f7730ee7fbce174e639827dcd543d727a36906b92b58c248754ec37a928ddf2c72e702842a22c1da39594dd74989ca76abc523e5051d124c2e63e9db39536c47890cce5badb61c22ad6cc6f89216b9c3e37f91994fde52833cf5d953d1ecfa702bff30e0482c868b05930b72194108d6b4c0a1c1b4f968f23bf02f0ad3fd7daf4b8b7ef48a127aab0bbc7955c545092217be39db0f7ba682c546d9161348c46dfe66c54c5ad99cebdeb4c8a8975c28980062e13791a6007a65aa51a2001f4c4c001310fc3244061f1e0d1bfdcd8f724d744b0e0e6e24a568d7a00dd9df74537cf9d9bf668deeb6aaf97d89ad295c7e258213b3c6e87a5bc828b9263f000d62ac56e6ddd81e5bd674f9b50449909fc43fc62b860a2bc0e10c4f12852a1325f43907adcbc5261a0254e3ec5da03e5f5f0a48f8f8f6edd6fe3e1f09738cf78c2ff0e916eadebbd93fe92b959693fe53c1a8f28db6e10344b174cbb1d53bd02fb064b46d4cc885d3632276fe28c79d32c5e659e8222c98085023bb5516e171046e28e1f2519518dc3b550751a4fd9683e31297c64ed1aac0f5f70050005fb364494395c845ee3334e83fb86953e9a4c7f57090a4225eb7bf73dfaea3bc3ffe89279fc6e5af58e53e85997721c898e3517525870bf4eb1a57b3b922ef525eb973a6b2f5c25c1cc56ae03be27fc381c5d2efed2cbdde20abae919400cf7dc157dbaf660d4878ab79292d6261427fab77c3461a46048284c8b86b4401c5211c3edcdd294283093af24e5fe37bb2e975520940c8782eecea9261a2cdb8228de6187f3c454f70084598229acbaf8966d9157847864f461fac31381e723a14f39ba7587465aa318041afaa35c4fddbb5980a04c678c26498ab06bd26fe749c26f27fe70d65f5b71deedc705944c7c2eecb4c07e4aa98f379ddd630fb31a0bfebdcd67f4937a01e2c901784d3df2f8028a1326740c005b300568be5468f7c750a80f55bd1271857b86be397d3768ca3e959a1108b879b5c71ddb2f5e06bf674920b85bb23534f302de9b521ff42dfd8a90f9bf6513fb8cfff83250a0f606b4bd6cf318a2fe140a42ca15b7af6b99221e18f518b8f221a13bc0af9f519764ae4e914ddcfd705e921079b701c208c68180b4e8c0051901913195c7aa9883df3e882c560f8f5ba7ba59041b63a138df396117955711416d77115c4da52ae713f3c9d2f65160258162954e364514e12343189c2924670f34353bcfae6ae2dde7788b4941a7329c366444b51c47d02d5d2f76fed11d7e1597b84c7be9eb036310f1f1b6ec5101eeec2a5cebb9d6f0f520e85dcc89e314dca6d9e05a99753d2ad15b0689b7277c52025319ee2f47c6a5553c78f013411ab0cc1e9a3cb6c06b1b58ad18ed1ee4eb2185a0cfa151f71a58ca2d956a281c41505e2fc843cca01f0d301100c185d1113caa6e751e59a95ca02f77422c3f095ee1e4bb0eab8f7bd6c600ec85def808b16171b29b73a3d8460b92e826f39db62a35c99e7a94787e9943d2e81ad9c61547b608ebaf4acf87d80a60b682c2f5ad54eda90f5dc56e36ba6c19c80e7832fc728527d872ff42df84952a67e7061facf299c1b938d1e25b0520d80f55c95993cbf685adbfe513387a0c3825ba2cb8df7e29d6c10a3e284bb76d7e2de4a701625934bb728038cb6d17da9f23bfa506cec063486c958221a6e9d6809e740df2257809082954e1afd18afe6d4fa227a511e98b9375a6254809f00a2bcb05c2ca061324d6aefa461065a3dc92f1eb702fbb706bbf0f4f094792e12aaaad6c9bfb70d4ed4c6af8fdc26373b8cea598923f02c25dc550f1de5a62996a576224119f02b641586fbb3a13a57ce8f97177d607f0d8c7837df7995ad67768fe3e6aa02cfc44a35c3cf83dfd5ab2066cb7a26a6257d3308f90907abd0f05f81d6856ab52b9931e427f15d5cb0fdb7160b31c8b4cd7b22875c5a16c3bfb6a2002b5bfe7d478a5a80f91cce06f02558eeb4afe88375c5ef28a990774183e1f6421cf03f3e3becba055671e7b632f4f5ba0ae0c9df4629e19e1fd3c6b2e1101bd73194070b870c49241147234c5195461a8fca443aed4a66fff580238171378f9784baf6f2f7021cd3a0f0b71e2784c5daee060ec711e09a94ce464d4364a8a929f6512c9c3b59b97bcf8b330318e1674544c3e5376989d1e8d33ef2cd39648ed9c991cdea5407616b7d93f8865e3c06c314668a81b6ffdefaa0d767888461c739521cb43b4dcec0821b6d9d3f5e445568ab0f97f824b1508316b693dcdf54f6a30a2cbaa01155a00fc6be66a86b60975510823ced764b4ca6892c1ca10f27688868ca4473d8839b971f51a605c3b5ebe668c7e759343758e720f7b02d3484e603382fdbe0eda4383cbe2aa21b4d99fe05447603214f487fd9f3b47e4ec3328ea9364e3811b4d3baa08ac8e5070cc0d7c5dee05758959a71a801bdb082417511eb8ce3c8bf8d251181836f8d6d2e99c926778e12edafc94c1afa86608a9fec0c9c7bbdfdd8d98851b7a29d798891347b06b987c2cc9e60c285e462d697a0a0c7c36e63541b81ed76171b84169eddd286915aec824f42c86de8472ed0fd2df87c03451f185062e8b7d472bef04243a8c2c4996c81fef43409883fdb82250e3d0c84a30aa43ae77a721075339c11a79a01bc71b836d372ad35b54966bab8853728ee47acdb31bbb1d1caf8bdb551a3020f6fe0d2ad9c994146e02419f0f9302bfb71f10ecbe602fdd658f84b3c963a04f2d7bf1c6936eb61305b63c8c1ab20deac625c6f80d05062598c62f9b650f8ee2c2a38f4b6e1004111b1b165c0492055e386daf2533c65310149d2e1b466c0f0f2f8e768efe9080a8fdee70b0f22a9c5add537d025fb2d5144f7898fd599c89a6cc2eb2764839d2e7abdac3461400505b4b90b17fda5aec1689fec2faeb263e717dfea0c72d56db501f61ba460fdfb34fb4ffe3e557e60525d99607b6e8409c4f0d627bc69d0e176fe1167166ed80601f1512e85268f1f1d759b26f9cbd6b6a5ee580fcd7fa9075574d18cb95a874f69de13bbdee5da6b5038cb522e3aa6431fc7258c6a9efd1f4216cf5c14ea56696efddc74722d1ce6ba4952aec8aba3468f2bfa2a0c029cf382601722c538e42aa55e2ca8a1e7474d32bc66a78898367ea4959aad85ccd5257bbf122ae08ede07ecee6a1afc5c4641142588bd2558e2b38e737ff559f441add6ba8b2c8cdf7894ad3a0c563f865266ed4f1799819e47fc5650452aac377183fe5cbcc7a325a1e7664c90ca731697ff7fb304ee2bb83e48e51a166739e8f186fbe058eb9a82cd831ae2e32f7da008a8176b6f8c61dca27636ff9390e68060ef916926aa9dba583e11166c0cf3aaab6ca9d04a50599d64ce6a242a5eab4fbdee917049a4451326f4d44b4e5e9966104c27130c9c921d72733480d60a15828e774a219a513e580237d960217a23e44d8744401bdf143e411ead5ac47722bc06e873dfca90f5ba874f523bdb729428b5962b2d69c33f27439f3002e10203f9c0d6265f5c20bc5075f177eafbfec99a857016df4347152fa34263860c48356fa4e63f68fc8e757b3fde708f2c84032a264600911eb19d8f2ee27f9cf86f58cb79f0596307fd8a293985d2d525df2cbcc3a6985bffd0c1584c24d30bf97fb368adc2d748838cd9cce30eab6aa1f39ebafa4567f36a67c368151453a680db774109c5022073814e73064c09136e94a2fa20aacbc60e60a7cc9303c3193aa89d7a24ca33795f28440882d5dfed8af4680c88df9e2b89b1e4c04851697cec3155e0a074481f88765c5d06fdae9d46827000ba079c2e8e744b5264faa97c1e07af21847c28d1924965544c721eab6e304328116198a420832b3c2040209f919deefda210ce5fce5b6726ab0d6fbc91a39f48e4437f20b16db98feaa67cb1cb01419307f4d42068b2ca370d5d43be987b5adf69b52b1779da0c9cb454f57e2981b8c6da901a1f51eef9ef042897bba801fbf434c20e555bf82d5b933418e14b0c717946c509c1b77fe712257b6e64d2067230faf9b134c236ea76f7a386ecc5d1e702da6b217b01c01e6934a1e0f0cec05c16662fe137a5e6271243c04089da799963fb462f6e8c6d51c5ad74ffbb8599200fb774849d582faeb9c658de16fb69b16246181291cb0e7832883b6e35d5f8e9e3b56d239714f08a87aaccabc94233ed7c979c63af44cd13a9cfe00fe4805735c43e7298ba138fc44fd16ac8673e8e561b564b5c9b387b7ff36beca246ad1b7dbd0c9e65861bacf92d364936868911db5633b11358a7a5b013a4dcdfce7269bc93152714bd567344c45f4cbe541a73567403210c72eddb08916dfbc243576590460bc8e7ac6fe86f2a1332f5af01d7157006bba0750e8f0761fd707cf51caba67cdec6542b04487717d7625dcdd62e42d6adfd38399c8b5506726944a986cdeb1e5c3cb5b36ca4a1b78fa6a4f924610eeec90347fd0d6e3bc1283b566110ef452267d423637ea5e02c82df60152dbc60f93724d56cc280995ec89af69042f45a29ce7b912d4a4721f043bdc085f187321b40e9fd29da7355f10421993511aaa0d7c564413fb963f1dc9501c1c3dd6acb0120d47cde5d301c264cfbc13f035549835da8e2351951eda24676b4d3c52b08dc3bb576cd4cd62ef1359dbb042a2a251272979915b287750da7ef032119c0c75e6e0bf80798f24d37ea8924c05dab5711e2334c8632f264f0e82989332510085a744b1f59c3ab52e9548511c56d4ac64930d2e35f178a7aa7c399a178d95770174476c5abde2a1552d3a1c09781ec8662108e414ac77b763531ff98142ec2f0ba44901433713501f4187f941086173ef2ee64f27295e3645f41014312c1c3a935bc24d39a0901a71fbf665ee4c6ad512f9398097b041dbe957dd2d6b06e9752dd47365187e23edcede17a6aff054bf817dc7eb29cdf8ed337fe2e15f2bd28aff9eb1432a61053adfbb703a53a57688c634259044e56061a25f1dbda90800ae261d12e38cb514d9be8fea93b2286ace49ae90f345b923de7348fe577dad586b8c648043cf48d9f6474975b4c1cf5be564a9969ab30ae380abbe35912ec4f6375f3876774c217e0ae93d5a09c22310bdcb273a0fdfeb9595b4c4b1642a68a29024bee389c4aab96a9ccac0be106fba199ff948af308d9c2c79925995f45fba8d2d26e29748d1185db392323cd301b8a2d2c46e737f7e0cb9e2c73fab02ac8fde029d1159a17bd1b7dd2089e81e8303e423f8f066cb30a1ca6d22060c626d3be38a36a17ae239965e2f7c52e8c9bf9681a66df3b7e67681ae66b79dc0e67d762e698a48c13b34d74e49589d589bfb84c1b8db5fe377e1a41966a58d63306ab1efb9ec69d95da1c9a657c566f72b951687622fc833dd9fa691de39fbc49315a796adfb55f2ba989eb1b2291be9d7ae5612385301e0e1fa28120eaea24de4995803213a550a5052d08667f5afaea8efa945094729d5ec62433122d09af524e9f1dfd8274d597afc909e98fda6d9cb3afa7742bb4fb2c8e2724fef51d0d8afe8e3d6f5f8e9524b075cca8a3963c4fb5be6ed2b0398767d13f203fffb0a1e2221606293c9ceecd20f80a9c735dbbfab3ad26d3cd6add141e56540d8c90c88bc3059aa286142535336c0ff87c0720bf4eeaf005df4585266c0fbfde7dd0eaf4f24713fb7585a4d46d41a610f9ea5eb29182c64a718222bd0b1c997a6b9448af8ea32da767767bf085c0f55c5dee349594bc63b58579e2f328d240e0643622d43ee4f687da8a42024abd901b327e0b607566ff0e4803630d066bcdcc4dcb581af9c3559b45bdba2e9e09bd1f9d1b710b55d452628928eba62cf3ffd09050fc11bf3633b62bd8048207b09eccc6198071a4667a80a2aa46a8026f3d13c04cdb803d14d79600995755e485095669e2b97564a6dcc75cb1b7c02fe63098c8cd82d08872e82224205c5420a8cef569b37f92c5039ea1dc3a9f342e1200ea4d3027b917e37b30857b7d943997bdfd8156b21087a2cc87b99e0b6d5aad199ee7a84ffdd3f33fd484b30dbd861519d1d0c22dfa36c92536c16880a1dec7d7dcad16984ccd638f5343d9d9950f66bbacf8becfad6ed32699a8bb4c5cbebbc8e25d68751e0102d44bbd0c3f9755d36dcc2bc759d44b39f4e3c99d70c1c0ba814c3f655bf5dff74a10eea50101bd957034a98eb16f8a4d75d97dadd78a42031cabd4b5fb7dc7583efe03b1928335990b7d9a36daecdde7d964da710a918147a11258456e5ef9f6d5247bcaf559fbb323b6ed1e8b5824db1f59058b91b82b3f6a6058933ac18e11d6a84e4973183e9827d11cda5add2e788dd4311a593991f6e8614c4e17d35c3441b5f581aad2a2cd1256a1241ef3e8557f5cafeb954b92c521c3f9a0ff831af5e1e620c812399266f4acec4e6872a2a411d8a124006e053e8d19c40f44d559a800f1a195daec48e9ec74b903ca00fe2429f0db221db5242cc9103b8c48f378bab35eab228b426e06f85fb1563e054c679fe1438cf1c174824c62d919710928b39570601a2c062ddbbd5a083017ea2c0c3f023fbd913f8511f372ed9f21ee5f2ff88372449a520ba6430a022f721df156aa29d1f7d37e5726609e39991070a2875a7d0042b1b956c5a830f03d4362310bd2eebaa7e457e91dc230c5af486e7ceb3e174a1b1fd2a72f201aef41dca9e290e80e98086ef1276c11c2e75e8a0fb098304b7fbaa9324298d69e51fbe03bd6f6bfafc5a15962a1d694a7fe2571af2d2358a8abfa113aa691a7ea96ef52a7b80c237c998c76a5099e4a53e698f617ff6596fa36fce2ef409469061a83d56e71744203ecffd09ce07db5c725c361ec5b89a133be22edaf287dbbc0b5af1bfc558c0ba33169e380e18051a7dc1825c711b1e89eac8b2f35eb26d73e3e6cf35188b2751c9db3657445ba7d4b5860728a2c81b3761834cb61eed9143570265854192be5b1fc9ba1a3ac2cc9c4246a00a751dd584333bfae6b394b0fafa1aa73460d39beb5fef73691919fbad0951f5fbec3e3a4f6c022b0aa1b54f5e5965548323aaf21f1030167cabf1412aa49bf3347d5d33e1ea2dc1dda8d55a54d4d8b2e5d04662670f7091c58551952943f5ce73b052005c4866460ae868a42dff9b17413be0d09ade38e122ef569347a5a3dc5f5269c589b275004f7867e226a69b92421add8e825c1c396a2476ab0fcf16c6ec5e3eba1ab9489b2c28bf86e131391b0642d3bf780293814120d4740d8a2fdca1b9235c426c822584b4da57f5261f7b1320910de448c1dacb6c824699be509788f1fcfa14ddf712e07f8fd9a887f5e3582727e69c3e82516c140080d56c2b403d782f95d34309a2ed5dc1e39d5d531947e946ae58a22ad093e5bd1ab2a4292ab360db67b6fc8a506120e40a9a636544e6fe12dd5c32ef82e00f6eee9306e32f91d410d577f0d5928f49f0890f66e5d627728f150bb061d91ccc732e4ebb3335a617b928a9406c4bdfb5df1a20afcca4033bff3b3e4d8ef44c7a072e76157a8a9ea0b187225ff150d9bac4701cfc15c89c274e04def7c73b89a59173d041503c7458e3a6fc24a43a8ae176896cf27d3ec153cda012f2fd0ae34948aec470d3478f20061e452e0f7c3430f87b12ec36be73bdf51b215c793330c63ef7fdddec6014c527cd148247fd84b840082b74987e195608fe8e759529e8ac5c1fde6e61ac7b75f2f7baffbb14944352b082107adb0565a59b3ee4d6ab59a4de16a3ea460df1a1a37ee3f87e7f6b40cca4b2db79dea742d9402f29f85d8457c20db72c3d02556ee2c8c12d2df6a352074eac6d7a17eff0f3474f5b048611b6182e2c0ffc8bc698a9da3fd107c729b8e461a44ff41d5d26516303fdd62ecbb7a613ee22c7014bba27ff3b6ab21a2f62de164a68aadb7c1a751897cc0bf82efa9092f98ddb73fad95e6d411876cf00556b6f08ae1346ab7d13e9606a46bb42a470629375a8dfec51e4c88aef722aff5efc62292d846b68a5f371105ae0f203c83c171ea44ac365848dad58294e62700d841374ab6fbef65f4b82fd47b71b5b1b349719e7b9e184adfd4ce7ac7fbc76845b1ab70b687f4d5fc428904b085b7ee68f354779d8183b8b7769e296508fccd303c2a7df93a2f7bdc0004daa189a2fea11bf03c706e4f38c7f97d09d3504ee5890a5fc987237ae46d860b8cb2fdb14601aeab8703cd69e0c430269efbc077938b1cda416e7b91e4d55b266522e992046ab5dd7c8677f3f0ff1a3b072b9f1fe0cda3bf61d8c9d6570f1044c5bdcdd13e624b3a71cd721e03c074aedcbd0792e46581af84adf5091d56afff629f44929e9e5abe44b4146b96ddcb4bd00c529d27c8c13ebeb5afa0823ad2ddc78d8660d742732a076850ad2ae7301a299b627fe6dd72fc10a3e20cca264d47d399eed85fb673329e1d95702cfaa7a106ac4ade41cc44f37cfd81f547837c698865070ea539ec582fe5aa9fa2ac06ef3c3a258f81698e119c09aed592fb04943aecf87c07deaef6617953285ec2ee9476601776984661f5927e73304905d946aba5ef7b0db22f25a678cf78a6e64916d22ad082db201b2e9c75956cc99e2a89c58c13e386ba7addb7424b2018aa45c9e8c999f2170ef1fa4c928883214e7e3462b5d4c20a7d3fc810db0e3c4912af0db35d989b45fa6ca18638544f6d94c34e91cc82344183ed21789c8ff59300b52d4b172b1cde8d1c1370d001709734befaa63658e83486e5c3efb9b52f7da563b3411360c13a228c4fe172ecacca19af7e514ab551ef4ee145e87aa912ce809e793903660bb7148b715f0d7a09f14fdaf47775930f6a7edb97bc8c056f68f690d8d179567856713feb42b735f35d688866edc50449a934eff3c76c944b4cb3ee498f1818511347c25623f9fb83b25320b48f65a1a1c713f8dbd2043db7c7bb9a64716c470f76a7fda6cfa62ff995d7c570f86de14bd032c12d1ae452b8183c718ca0303b851620e2602238142f67c5098747eccf7cdc57d5b09bd729b67dec57998f27009a33bf8c33297c5400d05e914f036ca30fb600b8442774e5a4dd072148cd14f34cccbdd44114be8e638e98d7a136423f8244be3851ddf0ba80e1ea638df2f02edff4805cb46e3570d911a578e61e902568bf1af844c4745922c06930e4942959e0ed244f0120efba06c31a52c06deffd01db3a53b8051c3014b9ffa75a381368eedf34acbfb496b906c86049b794ac9115aa1694ab3ee3d41006a6daadf7f4d9e4d7362f5ef8beb92aac6e4ab7c27216812b312439425d394b507ed07cb793d525930c698c659685e680a46d34887f2c61ea31e0957c9439188c9577787b1fea8eb0f26916774700b0f4b2a3c738e4c35d62e9a5c76a417a2b7458ca76f7f5e9f19e804a0098a8a96be955262f6d82776aba95e113449521106b901afb1762288032e2c81eea5b4264e29c38d40b9cb01b88f2a45c079fcb93f687c13cc71911ef4e7b8ea07313a12582670d31899416de233720e85ca72122cb8bdccaeb641052dddfbea60f1150a2d1ae737cdd0b8f30fba6f7f9d81bcf1d4762cb66dbdd8bcaedd284986f2e45b7e05429097e656b6f814604164e39265c37a17ddd7164c6d8cd0c0bc9b5f917551cf81b31fa47fbdc78fb3089b8e44897565e735625bd2e59fb9119116854d2dde15316cdd0879d47dc844921ea847fa7ca88b5d1174c79d569f42c50c01bb314147b8205a896b23d4c5cfe4995601f767c764610d6ece3a505e802d9bc927968246916a0a27cab1b887d64ce9d7cfbf361d4b64b51021d0c79873c32d1513809aff17d09d06dc2c4ccda1b38aedba2cf44176978164b5d6d003b52b9d7834ec319088fa3a474de10e26ddc5a99512a14d17f6e30bdec8c5cac63cf441bb4fc7b9ec6e8e87125e99a3710fe61610325f25a3ee5d027a6bfa8bdc78f639467671234e8ba035bd7409b818a5d5f000205c70a499a0a2fcadffc3879e3277bf6b4f27e7c76c61992506c789e282bb1127c875f8d7c6466df1d34a5ee357a76066f37fab1e15c3570c0fee2b351dbea9049e01745ba8f51d7691bfb3743a4ff372d90d5723dfee3913853c319c628e2568edf10e775f2284b3e0b130bff3234868967155c1f7eec8b40cf52ad377582aea4711117b9a057c9933b4f9b3df81ab6b7cd1d7f7e7caa71db7d0e0d8d461654bb7f488ff5a327f58fd3c4ef7ee3705108bce663444fc6c7be4fa1f68ead5180285849aa501af809424a5b66b9aad60262adb0953002c63144cf6da359d00080532b646ec21df3af40fea0537aec3b26fe8c14fa30cd8a779a2931bf4e72465290b120f642a25a599aba89ad3d3b248ee5e1e5d9a177d27e5da87c8627227e5e17c7b0f406418be1b619b93a13a79e28930f8991829a6582f7daeb2236c8028251b5063699255578563d16de0855db26c049c58d50b2252105dfecb319a1788911b2fd1528e1ade0ad5bf481c3a02dd081ea829cbaab706b8d9e3e9fbc27ddfd415646357a4e96c17abcc51b4ae0351862786e1c7c1b9528db8a29fdc5eb8471737dce630b58b2342b39e9f49261c0851ce6e69c5633745df122dbe99b017c65a2cbb54dcbb2d8cc22baae43d0504ed69533cb6db6185c2a9c340c7cb2381e341e7a808a4bae01ef1af6e3adfae2a194c4bfb78d5f7de4287d281aaa416606b9d2b82653230d159755f83939f46eacce345734e6377d248b17f560db06066134203581cdf43a63ca1e3521e000733213f79858279795f26250067bf14192a757b89ceb31c0793574c41548a9cbd8f101dd9405bff6f4eba550f443b6865eca62bcd1affacf86c235005a49f2fdc26f071c6f76ff8d4ce47b2a718a011e10c980aa7c1f011844f701a51fb15c84de570e15495a3179a7ca38aa01d9b98cfe018cdae587940b9c5fbaa188709a534ab785bbbb8699db6efa82d95fe1c217e01ae24cc0479b86af9a21d8ee19b24aa482e4431b9aab25b17031d3322550a23656af5b1398ea0e6174c60df786f9e4a522b6323a53815d47f8b7e41c086c76936587923eda1c00170197f4dbaa8920fd3e2f21875749826c1413544b75b8d3f0f76882fc41587f88433070261ae992e564c2bc6098ce07bf30c7164c471b1e49357ee681b8d2667c4f3fc60bdcad4b2186f594299f865e139eaf4d8c192a2f8e9163990120430d5b2f53513339046a2d64a78cb788aeabeb590752c5ab512aaee548e7ffb166dd6b2c6cc28b9f4aeac0cfbdb5e22d203149e9f97fbfbaeb81d42a6845e4ddcdf26a7908856e4e59077080753554e48ebabd4d9c62cc857328c41e73cd63d8298868972769746dc6896a9f8aa8a59221723294d1e9fe7628016a7db44854708cc770f653a7b77f15254e7313c603580d03d362ca72b677771003cbf14c1f1ac4f162339775a52c04ed372cff8ecae7ed5dbfc4c2e85c90a0e7e01a065eaafb6bb41f21d01dcc180834c85057d9663ddb5cdb01a00a9fb035bd8e4b7acba094f5716f87c9178f32665d73cf5e8f61cdbd2ac8b850ce0cd510f34d9a24d5c1e8f002d233f66609be11f4d485d6d5326dce840b7a60ec8df858f98bb0473d4fa1607dce7e983f9b03bbf39c94242c62c940a457a5a3e0e816be7a443087111956bb5e91e080e867d6962b0132ace1a4de1e07256895ab42dc0edae747c53d592a7f1c0301ec228197ed3236e2d9c2907e90e7263fac8dec271d278b4ffb9151d864e8a8343e34cf9dc879629a5871102341899ac6cdc59cae3556bfa0871babefebcd0f3dfc18944fd23deb856a4add89e7710180fe9bfcfb720d2b057697acd1f96e5355bd62df38e6fe49fcafef41a2c38e974056ab2ee84088b7d42de12768f02e2ef1b0925e1ad20c9f0c8ac6de1efd5b30ee6b32263c1cc12fa52e208ed36b2cf488d26d125f25f8b4be2a1e9bdc7b80620ddafb1887fc9387af61554dbb050c5a785703c52a9be9617c0f8a7a2fd360d01c76bef00c8fdcdf2ef39e38dc77ca6c28e483d3de9128d595bf2cf45264c75f5c08b80ca6ead169849361ecd091645e57514ac42ec7c69b38cf84121f070343989d7e57db16c522e7af359cfea324ba3d4ca9590cc10f3b1386487abbe7206d457120c173948e705d834fb893fe99eba43e83ae0ae799458d6b2abfb17863077d25471fc1fce4d6ac0fcbc8f4329b1f01e62c9a313885c61aca0a457f13db9c9a8603e95c7e8ed7c7c128345af7ffffbcf76130289bf81563b20adfbe753f63901479816036a258769d5d3c6a77826f44d1cebee00033aa4e49149e8b679ceff5ae4aeaa7ca2098f7dca43984bf5e68a08d66a5124b790b8f0f29b97ab8a09f3a439f49b59b2151fff6c144595f7cdb1d75d2a0bc12da61d334b413fcbddd4067092984a5571a10b3112e3527eb35b6ef56cf49bf50787be933f0842e3da0732cf5276f94e3e4f06a4b9b19c441ba6953f62ab2493bdd1e675d5c485e684ac06e49db65724b1729e2e26bef9a054ed5925941fbd9abafceac45cbe3a38e9be7db4c6ac3ab3319b58d7bbdd86f7200704d65efaf666e486faa9bac09c8fc4a299b5371e2dc6d6cd900e08d7dc62bd83efdcf737d98fddd168cc134b96806722eecac376f0daec7047dfd368d2bc9ca74dd321250da402709829876609ef59988b6b0efbd9a0743c2a9e796e638c1b52614066ee64312165958880950423fa1d6496d7ebb1fafecb9eb4b4b7151e44d6ec9fff6114f448fda5e583c0b63ca43e9657f9a717608ab1e0d23639c6af0ff542d375e17c974be29297b86f0b593902b88c82cb3c09e17cd425b99037a80bbd5f6f7196bec9866b41af3b1bba775cd9050ccfaee49befe2c76d3802be0bca49560834ccb31705595c0345755107b59ff9a3031f5c0fc9b4a486c5266c97c6054d3d6db7adf46ad9e7c331421d62ea5f9896938db72865d9b41e44a34e5cc65aae533d7d58cc15e4d955239826d9fca76180f941f348e76b79d0264e35f6fd52cf98cde7f30356f8dd0b827023fb6af46188354b05b946f1d7eef8b220789c50be2f81cbd0daf1b050764794dfbc5bc818ba8c5f2400dc1f91d205f7bb8e54ae26e1f13720762f5535691094fb85facced35b38353402cbb074210290be1c134ceb7e824263b29797f52945f48c303fec85fb00d382b0f21bff74fd9b703862cef8e878fe7f6f80e7e8d505119d2680ddb63f913dfaeb551354541a20501c70ddef368c263f9b97140dbf8f3f1eb3671450a2790edf41e442ec9ef4166e4c015474140f4842083967c813729c099ca3ccb6210e8c87f60d20c04824dbaff5420f7902ec701c89158c2d2203910ef296b903dbb59d5e7afdd6224b93d4b25586f57dcf1edbe31276697a39eec2c2d42dcb740bcf98a665157ec1a717957976f49e4dce8d1fe3dbd3483a571e108d0ebe722202481909c1fc52b8a27949f0400e9df0f26ff5b8b9e990d8d0cc3f98bdb559d621fc3ae03b440772e5bbd05a951fec7747140b6991e882c4bbe171e47152be342cc7e097c3836cfc62d3538ed6ab630d425e849ba731d37d7a0b72b028849bb5135dde82914662941c443045f981e7d2eee67932ec6aef304e21a20a285e7002a894a6ccb7bd1e3bd1b668b534647b36ecc79fc44f484bb7a61d858c803cc78b8158f040773b014672ae15b4da70c24cb450d9fff8e108640570e25f401182994daf923de2272388418dd34badd7df9dc7e1da70dd4908e8ad67f5850fe9b6811b436f176c06b29e02b430193fdef39bd0846b880c00e76756670d30221e0016089107097973753e2b83ba8f823d9aec5a9b7fa0b7146271f8464439fc4041af51981f6486ff0dead7b8009031a6bb1b309d7102c183ab21d24d0e2ab997e29ccd01bd9a20df2c2d61516eecdf4eb22ed0ca26f9dff1158df503be12551797ab3ec6c6b651ba4fbec1a36ae093e262368708f855374b2d0660902fdb631a94eac6c36bf654405b524bbcc987e4fd27f58a38f75063d99325492fc18931d579f2fc016ac60331002faf4793872ed770c1c1f11cc0c998bb7c2c54ebec060940bfb5f18783f0857e1fb6ba49c6bf7d091ba7b16d656de7dc2846af9b27e16a222b12bc4a2e730e26dee1c5e19f95ec047d395237bc27ac02840fd9d3db85172e764348bf702a5eaa4aca5be968b4eb6177dd34e1275db2170afbb06997f1066409682e59aed6f825c8e8365f2d34113e994b893a9deb2459e70c8f1c15339441e0b986bc1d1c08ef0de4da7322abe6065afa1ebb3fa2ff6b02fc09c288c64b09535bcfd79923cb5db6925c9295f4d277e3e837b2d186a9e27568148f4b6f137a1fd45345e1daf1f112d17a8f377939403769c041bac7c9c2e05108862d86ccb2de2b00345d0c1f94a15d14dff044434e1f56b8fb19867e3b0526f15aa291f33b5421396a6a725263de88839885c5cf2272db77f902c44e21f5fb7f9908ff53ecb88be4993de90f314608397f269398c5c2010627252b05938475e4beb25d6d9ea0e6a2f8555c24f71fca86305951690358ed45b9230745b333c6be616f80d75cfbfd101c0bc52ba31689922b2bb22e722345034d8d4d00ae56d3744480e98aa3cc21a82e2037861ba29cb532dc5fba6345439618bd8bd01c3fc54ad91893c4953315ad9e3dec22e5729840438859c716823afdd5086b5b1c6148f8c140f33edc7193e51c31ed3878c14d422e9bf984d288d2aa70eb336a4dc93ab3f81a3727dbce911a45469832bcde93c4b1cfffcf5351eb7ae8aa1e084c176a70c03d0fe59fc4fbc401a75268cf3ac3832d001536309dd79233c90f8695d2be1b7e2f477b19aeae7a53498c51ac9c62433453d988d0f5f715dfa40a67ecd90700433b4de61dc95c1c454e032ecba7d47f9a04a5e129a9b4ac2acf004783d60d76229572554f82bf4a3d5122681b5c3eb48c2ef4c20434a60e33d63a965232373d1ffe42af36c6677ee60de0be38e73ec15615f6a446185cd737eea5c5056c48b6335b6e43fb0379603abf007e3e4f1d253733525af17e0bab397f592a6f8553b5e0570549e35a3551f8fab538e46f33a114acd5e985eab69dd367896d7a626188bb0daa0317343bd94e1edef58136c71aec870b10df18b1409c70b8e00519db9672398474d432d18c323c149006194c52cc1ad63a40e627c5b16505e21edbe2017ac6805da85f338c03b0da350240ceae6afa8f58095f4de4a7ad8c536615ad123778f87f1103cf4442414baf496b0e99691ef6de0e779505ae8da86c596549ba138d00a874f99b75617e2b5648af8b929c738086c9a71a3ed60e2c48b57eac5725763bcf27e5960a8ddb124b42677e5da861312f787094919fd09f883841d70d4834b9d8296730fdcb8014e1b7a209037bd36e3a5d00df6ae2c5f758894766bbabfdaf65ef0920081a9b0dd248cae685a48227a81b275811bde847bec5db4d86bc410207dbe0b6bd9942de6bc99e64d86f14c6cd165d7093526235562f7bb727448ceee155e542ae4d8df66599b67820ad93ba749a76036ac6bc592ce745838c2e2e8c2495548daf3c5d334771bab2eb120d662f1a06da71b6a5f383432566ea2f2ce0da508c03a0b33d808529281f6cbda599534e676df31809bf6f5e57b455fd310e3a58675b30ac2e8c91cf129a2c0fdc35fe0c167f548ae05b89c928051a96bf225d0270cdf4ade4e478ec1520450b3240480e540c6ee7d89657452843c59291aa10aea42da5880ba021af3583a0a5d6195b7da623f8f9fc6e68137dd59d7b30d1b6e29337a0f26765ede2530aa6e6b2475090e1c1e9bcd15766c27eba81b53314ff3ebc86ac8e7dcb9820e68e00f983ab3e884ef9a6cc2c794e67065229b9dd085550aa0e5355d594f51dbda8ad0fa8f44da0373e541b4b6de4b90c885aa8e2bfdb8e1e8c43a45155e9745c403c3b1b518b74d88fefde88ca7583a09eae168fdec0c5e10057c5664ef6687878c9c9834d4c87af182a90f038766cf78f86a582eebf1c4505eaed837dd6f1b599f9e1a7ecfe0d402208668ba50d0a7721d58200a2b6e6ebf5c2c1005304a0a0c44ed2f044dbec9bc4e43b092266436559d81f6a8f2785a8daa0c8dc05fd8a89e3b90e70fd10f9c1f8c127e4a45bd38574ee3bb25e7e2dd85cab66e37a83204a5610a3766b12f296c75a7008f2e41fef34b6d0b87b9fa5df82a49e25b1e507485e0beeae77e1228bdde3acd793db70486755a7faff0165ea10a22d00730235c8616d70f3d370596de76072d505eeba6017dfe4821b237bc91478a7012188e2773e3ea5f3cddfd8551e5b80e526c2cb22108127ef49bca9d55bff4904c7b559817eecf6db6e2144396b6537953d6fb7d8bc484f76bbd67d0c7157ef00368d1457b08937531e0782894ef5632d6e70d9e06f17edcd38ca12ca0e99ce2b34514ed7a5c96a43b03aca73dae6b90344dffb05753215f2427fabfb50ff76928b24e8a80b96994e748a2799eaea7a2d4adf0f8044f9d619a45a594c90bd7a5f2e74f1774f27c9b8df572be98795d158cdd3db226c56b6aa88d468713d31d5e187163f36779998e4a2ba050dc76d45c7eb53bd4a6194638645e38b28df6a8b84688ad4260162f5063e3f4a1520aed778717d25daf24a4c489bfc0abf80771bc6e281b7ae718fb95c93d50c84536b6e5fc4328934ae87a90ad54066a5101586c231045878983ae854a1953b4f9dd8319c2d2c46ae84bc830b4636b8ad90d2af7f9a7305b63db6a3d5981e66710f513e488964e2b8b041edf893b1cd23013d1c133482d5cafa99b56f09435560eee0291b28e460206864394c24f2c2e658fa2a47846df24714a66517b65adf9a99f24653840da40c866474f141a633fa7be2a2311818c652822fc5d885d6797013f7b85ef1de13779e41a5537939e21df9432b5d35925b98eda3fe1c46d3c76ca904cd73b29501e2dfbaadf1ca242c7de2b131d6638aa467c90d117db8f845bcbc03a75cd42100aea6438d149aa0dd1ee035fea9c7bffc6730217099b3eb9e9360b6919a14a4dffdeb21252d8e820321de0382f002f8c2089de2556bb47a43c8f6c5fcca6152ddb3d873d99309cebdd11f14710eb7c2b5056135f65e1a8bd1bf416aae313353215632c50868d8960f7b35bd5c84234ba3a709adb10ee449c2b6a225eb5219ef49b9fdfe80036729e44e25e8dac6ace0fb0ae2b141bd68156d6227aae2c85bf8f1f7c458da2906fb9180ae1d25cec0cede7407e7521cf8ed757e5f7a1291ff324f1031318e595fc2739c5a2bab59cb3a9a888b1f7d8a8789253c4502a597288d5787320723cb8e6c41ac05d61bfbd207c6e847ecad09faadf9cc16fa20fb3f58cc6d85e53dbfede2fdfdd36520f507db5a5e7733ad2ee102ffa904e5534e75df9328fa1f97bc8bdd1aa333d1ba01bae56471ff05ee76a2b3daad8a6a2da1a5d60ad3836f74ed629a12bdd3e1cc7b9db8b0d12b3721f5b22597680966f8047943991ecd0846407f66b291fd48423cf1be8a13ec2c92f371774463afea49f09fb8a98aca0be9fae053017af1377c6a56e19ed91da2cb0dc2a06c4ae7015ad49d8f950cf168495dac0a355ab0b67968804faef7515283db6cef3cd6fc41c1480817be97d091326b960579eb7942866ed25d64dafdb40cafc7482cd1092b235d5dc7921bf3bfe27349a76b6b20fafbc4471a1d45339f1abbd3bac690465fd474689864b01452df876621560bb25ece24d722f631f7e1042080faed3867d66c1fe8d6445cc18e64182ebd0fc48468c28f680ce708fad6abdb21ad3e3519de5f4dfdeb9f0713a6a1d9688cda001f1e27eb9cabebe8289db2110f9e86916ff85b9b8af638460cade27855ed69f3fb761f4d67166ed807fb3e0d147079c544ad128aee6571e5ff45cb710dcbcca9703aeac17d3b2d9f2c638bc2a97a88260c09638afe14af004e387b67eaaf1fa398a2bc392b5400182d15d2400edcc804093025194dc6c80c66954a6095cd428b8b782de3709547ae3bd268c7f34261b5cc4ea4d98683b76849c6023a68f9b0d46132446aad6d27578ff20d99d0d6a5e4ff1078778f20bfd5f6190a7dc5b4252a12a180e6338ac57546b6ea5aae3c0bfd620f72090b1a8f352afd2312fa26f9bd52307fdb0471c886d44c3821bbcd0e4524a8092777e04b55fd1725701503e5165c39856fea07aebe9cc022298c91df9e027053d37729091c8d0137929871e089285faee4b82431310262831d07a33ed6e94b1314babc4f79e1a88cc2d08c36b3ce102a46ab087f9123d01c75d853144bbbee45daf620fbfa6ca1c564d739caed95f0be90261cd273aee681c62795a1b015ec8f72ec06b9741bf45117f137eae623bfdfb76693b6adcb1b7a27bf05ce4137791cc2e8179638791b1dc7165d70fb3d88b3e9eb693638ccc500a2d0ac3f7fb01dd636da974bc090febf866a17823b10b735d2f78280a222a5be3c06e5352dc7fa4e73d940e9659f19d1f6eece7cca2ff7244cf109a1481c53e4698d4371ba7bf92f1556c974feceba0a20e25da5de1d8cf0459f7eabd2fa7609f83df237e185c5fc356fce37056c572ac40a53221c2df5e2c194bcd05d595fbc77c96d1d2e6ed620fc7eef4f130ec9db8d37757ce5ed8088a3d68ff9f4518fb3e80455c1db600c1db7848d0d6c2599e4f7dbc0182049818c9dc1b7024d9ff02131c84f7c6e731d68a5fa6f277362179e023f15077de32427c4c6a2ba8c7db3d87e09154772e359dc6bc2f9f0d71ffd9b486c2428d9d6e2f0279288f829cc6cd2bb73e19c5f902e71175124e0a50780ab2c9e7c149a64847715bbc544dc23729bc68b7f7bd2b75e16905b6478db3e06850483788fe134988159e8b6141654863844bb0ec5bf7a954e70d027b25b526f7656bba75024ff40ee63ac206358a757006af49cb332fc28565f00c36e13db87db3de51c1c93416670f14f3a7c624f21d284d181043c0215cc857987b023ae61e96c685f275612490cd40776db5186cf669b8f39bfbbeeafcb3de57e2473cfe36cee86181e7da69004018417cd954eaa734d28e97944bf506e064df08924d01babb5c3666afeefd4d35feb55959d0706a94ee15360499e579b26d370af8b5c95a09a726ed1065b90b19e64228efd9670443ae9eacc778a6c184f6a6a0cd116beed25c7a184e98836660ae799642c5adea26833392d43ea7242140be749277aa389e95f3c8b6dd79cde3dd464bde111882f8e72c143ec5a175f7199714cb7d43d72f624a3157f9a961857bfc288e2c255d93c6cf1c5bf963b0b5345750ef31c866d82fcc6d10045073698d1f83eb6506fc3aace020c92d9705f2d2da30650bf9c911f988e3dbd2517f76bd238d4d768774f99214bc92936c6abc3602d55e37aaed2dfc5414e5de2723b5ab1d2f21a45c9877bf54a017547cfed453e25c650418d6aa7cd9b9b4c04adf089efb9cec7c832dd97816ccad698ad05d84cbae7c1c523eab8a8cf87d2e33420a9b9bdec40468a85b0c7f0ee6ea30499ec71ccb586d82a6dc5853598599bbc4fefe221911c0b0b45a5011e1a9e8d1784d8a02ffb19feb9bae4fe1df8f81226542053e93dad96acbaecd0456a1fc252a0e3e49a45be985912f3c919b021c27dae101d493d1dc60e088423ef6f86fc3c6915d23457f93b65c4471588afea3efa23c762d019f57539e16353ccfbf304260fb8a65f398239bb6f77589e1e41521a3924d6c83c6202272ffe6a6ff8f67e80c434930a700eb7815f28ec6e0be38e92b4028a549ea310b492eb34cf1a8881f9a47fe216490c09d95a003cde4bbd3c55c9fbae3d9476803437eb6bb33979d87108ea796eae1019a0d9eaeedd8759a95b8736d170b159e1540fe32b428198ac09feb352272f4cf1a3565f350f333d2421a5ea9fe984049ec6add87dd684858440ebaa60800b46b6ffeff2c5208a2d29d79cbb36328e5fcccff7eb7c1f4408f92acb75424898be877737e30943929426ceaa0933e97e2bc217b0ea66b88463467d4ab27812c8887a02293326199456071490ff4b5e54f5594a4435d9aadf6588e9e61688b9c3e3ba2ef55ea10d1b2ac16836a71ee3ce1775d60b5d8c9502f60e817b89785fd10d31d2df8f86f62963925367d84955a94ef2b18b0eeacc924dc67745d2ea08a648a128c910b25fee8bf1985488bd5694c2d78aaa73720066012c3e70a1e77c93abd0799481a745b37bbda7f23f8be5211a29e259266dc0cf246ae5f7168ffb74772fe27a1dadddfb18343866b80733a15abc0c40983d00708e1ee616b3188f28d2edce9ac100ebc9e50b7316760b4a4e6b275eb82da3ad5091e76ea87c27aee977863670835c9b7420f59fbec6bd4b8af579233e44d0b78cd6fb8420d450b98961e2154c4e66f681f85aac53e405a60952ec460c0392a4b64c4631da59085c4c7ef6676712c041cf7e01f685e014f41fd6000a0006f065c1972ae67a7995a29f69dc29b6a5ccf588daca79e8b67bc7b58ccaf6227db6cec4e8aa78315bb6f5c22d9a20618831a3426d6017ea74a1883c2edfd101bf0e35322e07aeb07ee80ed669dfcb4dc2b054cc8e7c4dc7832d66bdfea57de3153e7cd215b6207a3a3a1cf69070a2550b73d97ce8afb1ab65b04f8bac5b75a9af5b4987f248ca0d8494d6eeb535487d71b2f9598bd454af7f40626bfd5ce7c170b5c0903b119bfea1a2857c478dcdd6e764fd88597c32f2f9919a4e8193b2a9a573bb620f068c8b1efa55e6a6d05f712ef6e80fbfc6a82a75674740fcba7611d4981b4a9b727aee824c35fd0b305e4b0a8bc9ac873ca5341b3ef93692e1bdc0ad71d549ed644d693e33f1995587f1b81056e88a4a13cdca5246dfb4edc9830b0640e8b1808fa4bf8a236e4cb3605896698dd1f5b5262affe8b5a092f12a9252104440f6e9bec6255cc8989dba96dcbf50716ffaf81b418414d6d871b86c1daecb7324a2387f3b938b7859df003f3272e8b59b11dc9e993d65d1f02ba45a4b711f4fda4843e1187b3985c9a0d6ac248314d7d1b61c7e1835ab713a2db32b3917179ab3a2503fbd97bbeb33934022104413cf6bdc084a85f163f2fecdc23339d35b7596043d23aa3d99edd7d87e2bdbbe43991805bd58ffd836c5b232d89553d38932062b8df10057140d4e577b985b389d3e78df69f23711844f3d5c562eb347f3fa1db73c976ca55440f878b5c95e3cfd0574ad52b50fd05058a51eba6f4e344eb19d7d96d9710330cedee02a3d1ce508df30bdcb44c5525122efdc6b0adc753f0506e3781d2c1f6cf2b4bea93de54abbf811b8f276a46e5e86ea005aeaef403b5d648bda74	\N	\N	0	
45	date 0001-01-01	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	0001-01-01	\N	\N	\N	\N	\N	\N	\N	\N	0	
46	date 9999-12-31	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	9999-12-31	\N	\N	\N	\N	\N	\N	\N	\N	0	
47	date 1970-01-01	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	1970-01-01	\N	\N	\N	\N	\N	\N	\N	\N	0	
48	date 1969-12-31	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	1969-12-31	\N	\N	\N	\N	\N	\N	\N	\N	0	
49	date 2000-02-29	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	2000-02-29	\N	\N	\N	\N	\N	\N	\N	\N	0	
50	date 1582-10-10	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	1582-10-10	\N	\N	\N	\N	\N	\N	\N	\N	0	
51	datetime 0 0001-01-01T00:00:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0001-01-01 00:00:00+00	\N	\N	\N	\N	\N	\N	\N	0	
52	datetime 1 9999-12-31T23:59:59.999999+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	9999-12-31 23:59:59.999999+00	\N	\N	\N	\N	\N	\N	\N	0	
53	datetime 2 1970-01-01T00:00:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1970-01-01 00:00:00+00	\N	\N	\N	\N	\N	\N	\N	0	
54	datetime 3 1969-12-31T23:59:59.999999+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1969-12-31 23:59:59.999999+00	\N	\N	\N	\N	\N	\N	\N	0	
55	datetime 4 2021-03-28T00:59:59.999999+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-03-28 00:59:59.999999+00	\N	\N	\N	\N	\N	\N	\N	0	
56	datetime 5 2021-03-28T01:00:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-03-28 01:00:00+00	\N	\N	\N	\N	\N	\N	\N	0	
57	datetime 6 2021-03-28T01:59:59.999999+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-03-28 01:59:59.999999+00	\N	\N	\N	\N	\N	\N	\N	0	
58	datetime 7 2021-03-28T02:00:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-03-28 02:00:00+00	\N	\N	\N	\N	\N	\N	\N	0	
59	datetime 8 2021-10-31T00:30:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-10-31 00:30:00+00	\N	\N	\N	\N	\N	\N	\N	0	
60	datetime 9 2021-10-31T01:30:00+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-10-31 01:30:00+00	\N	\N	\N	\N	\N	\N	\N	0	
61	datetime 10 2021-03-14T07:00:00.000001+00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2021-03-14 07:00:00.000001+00	\N	\N	\N	\N	\N	\N	\N	0	
62	datetime 11 2024-02-29T12:00:00.000001+05:30	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2024-02-29 06:30:00.000001+00	\N	\N	\N	\N	\N	\N	\N	0	
63	time 00:00:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	00:00:00	\N	\N	\N	\N	\N	\N	0	
64	time 23:59:59.999999	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	23:59:59.999999	\N	\N	\N	\N	\N	\N	0	
65	time 12:00:00.000001	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	12:00:00.000001	\N	\N	\N	\N	\N	\N	0	
66	time 13:37:00	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	13:37:00	\N	\N	\N	\N	\N	\N	0	
67	duration 0 datetime.timedelta(days=-3, microseconds=5)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	-3 days +00:00:00.000005	\N	\N	\N	\N	\N	0	
68	duration 1 datetime.timedelta(microseconds=1)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	00:00:00.000001	\N	\N	\N	\N	\N	0	
69	duration 2 datetime.timedelta(days=-1, seconds=86399, microseconds=999999)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	-1 days +23:59:59.999999	\N	\N	\N	\N	\N	0	
70	duration 3 datetime.timedelta(0)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	00:00:00	\N	\N	\N	\N	\N	0	
71	duration 4 datetime.timedelta(days=999999)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	999999 days	\N	\N	\N	\N	\N	0	
72	duration 5 datetime.timedelta(days=1, seconds=3600)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1 day 01:00:00	\N	\N	\N	\N	\N	0	
73	duration 6 datetime.timedelta(days=1, seconds=1, microseconds=1)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	1 day 00:00:01.000001	\N	\N	\N	\N	\N	0	
74	duration 7 datetime.timedelta(days=-999999)	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	-999999 days	\N	\N	\N	\N	\N	0	
75	uuid 00000000-0000-0000-0000-000000000000	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	00000000-0000-0000-0000-000000000000	\N	\N	\N	\N	0	
76	uuid ffffffff-ffff-ffff-ffff-ffffffffffff	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	ffffffff-ffff-ffff-ffff-ffffffffffff	\N	\N	\N	\N	0	
77	uuid 5762a015-a7f9-5a60-94ae-7145caabf102	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	5762a015-a7f9-5a60-94ae-7145caabf102	\N	\N	\N	\N	0	
78	uuid 12345678-1234-5678-1234-567812345678	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	12345678-1234-5678-1234-567812345678	\N	\N	\N	\N	0	
79	json object	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{"a": 1, "nested": {"b": [1, 2, {"c": null}]}}	\N	\N	\N	0	
80	json array	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	[1, "two", 3.5, true, false, null, [], {}]	\N	\N	\N	0	
81	json string	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	"just a string ☃"	\N	\N	\N	0	
82	json number	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	42	\N	\N	\N	0	
83	json true	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	true	\N	\N	\N	0	
84	json empty object	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{}	\N	\N	\N	0	
85	json empty array	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	[]	\N	\N	\N	0	
86	json unicode	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{"": "empty key", "rtl": "עברית", "日本語": "😀 𠜎 ñ"}	\N	\N	\N	0	
87	json big numbers	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{"f": 0.1, "i63": 9223372036854775808, "i64": 18446744073709551616, "huge": 123456789012345678901234567890, "neg63": -9223372036854775808, "as_string": "1e400", "beyond_float53": 9007199254740993}	\N	\N	\N	0	
88	json escapes	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{"q": "quote\\" backslash\\\\ newline\\n tab\\t", "ls": "  ", "k\\"ey": "v"}	\N	\N	\N	0	
89	json deep	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	{"l1": {"l2": {"l3": {"l4": {"l5": [[[[["deep"]]]]]}}}}}	\N	\N	\N	0	
90	json null	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	null	\N	\N	\N	0	
91	ip 0 192.0.2.1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	192.0.2.1	192.0.2.1	0	
92	ip 1 0.0.0.0	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0.0.0.0	0.0.0.0	0	
93	ip 2 255.255.255.255	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	255.255.255.255	255.255.255.255	0	
94	ip 3 ::1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	::1	127.0.0.1	0	
95	ip 4 ::	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	::	\N	0	
96	ip 5 2001:db8::1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2001:db8::1	\N	0	
97	ip 6 ::ffff:192.0.2.1	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	::ffff:192.0.2.1	\N	0	
98	ip 7 fe80::1ff:fe23:4567:890a	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	fe80::1ff:fe23:4567:890a	\N	0	
99	ip 8 2001:0db8:0000:0000:0000:0000:0002:0001	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2001:db8::2:1	\N	0	
100	everything set	t	t	c	cn	t	tn	s	e@example.com	https://example.com/	uploads/2024/f	/srv/rex/f	7	8	9	10	11	12	13.5	14.0000000001	15.01	2024-01-16	2024-01-17 18:19:20.212223+00	21:22:23.242526	27 days 00:00:28	193801a6-6cb2-530e-8b0e-be5b6105f8f9	{"k": [29]}	\\x1e001f	2001:db8::30	10.0.0.31	32	Camel
101	decimal max	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	\N	99999999999999999999.9999999999	0.01	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
102	float inf	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
103	float -inf	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	-Infinity	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
104	float nan	f	\N		\N		\N						\N	\N	\N	\N	\N	\N	NaN	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	
\.


--
-- Data for Name: allfields_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_item (id, sku, country_id, owner_id) FROM stdin;
1	SKU-0000	DE	00000000-0000-0000-0000-000000000000
2	SKU-0001	JP	ffffffff-ffff-ffff-ffff-ffffffffffff
3	SKU-0002	IL	36b34ccf-38d8-52fd-931b-a5b13acb8641
4	SKU-0003	ÅL	b0faf824-638d-59e7-9475-c643c485d671
5	SKU-0004	US	00000000-0000-0000-0000-000000000000
6	SKU-0005	\N	ffffffff-ffff-ffff-ffff-ffffffffffff
7	SKU-0006	JP	36b34ccf-38d8-52fd-931b-a5b13acb8641
8	SKU-0007	IL	b0faf824-638d-59e7-9475-c643c485d671
9	SKU-0008	ÅL	00000000-0000-0000-0000-000000000000
10	SKU-0009	US	ffffffff-ffff-ffff-ffff-ffffffffffff
11	SKU-0010	DE	36b34ccf-38d8-52fd-931b-a5b13acb8641
12	SKU-0011	\N	b0faf824-638d-59e7-9475-c643c485d671
13	SKU-0012	IL	00000000-0000-0000-0000-000000000000
14	SKU-0013	ÅL	ffffffff-ffff-ffff-ffff-ffffffffffff
15	SKU-0014	US	36b34ccf-38d8-52fd-931b-a5b13acb8641
16	SKU-0015	DE	b0faf824-638d-59e7-9475-c643c485d671
17	SKU-0016	JP	00000000-0000-0000-0000-000000000000
18	SKU-0017	\N	ffffffff-ffff-ffff-ffff-ffffffffffff
19	SKU-0018	ÅL	36b34ccf-38d8-52fd-931b-a5b13acb8641
20	SKU-0019	US	b0faf824-638d-59e7-9475-c643c485d671
\.


--
-- Data for Name: allfields_item_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_item_tags (id, item_id, tag_id) FROM stdin;
1	1	2
2	1	6
3	1	7
4	2	1
5	3	6
6	5	1
7	5	4
8	5	5
9	5	6
10	6	2
11	6	4
12	6	6
13	7	1
14	7	3
15	7	6
16	7	7
17	8	7
18	10	2
19	10	4
20	10	6
21	10	7
22	12	7
23	13	2
24	13	6
25	14	1
26	14	5
27	14	6
28	14	7
29	16	4
30	16	7
31	18	5
32	19	2
33	20	1
34	20	6
35	1	1
36	1	3
37	1	4
38	1	5
\.


--
-- Data for Name: allfields_member; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_member (id, name) FROM stdin;
1	Ana
2	Bo
3	Chō
4	Dov
5	Eve
\.


--
-- Data for Name: allfields_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_membership (id, joined, role, club_id, member_id) FROM stdin;
1	2001-01-01	chair	1	1
2	2002-02-02		1	2
3	0001-01-01	founder	1	3
4	9999-12-31	future	2	3
5	2020-02-29	会員	2	4
6	2024-01-01		2	1
\.


--
-- Data for Name: allfields_node; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_node (id, name, parent_id) FROM stdin;
2	root	\N
3	a	2
4	b	2
5	a1	3
6	a2	3
7	a1x	5
8	a1x deep	7
9	b1	4
10	second root	\N
11	ünïcode 🌳	10
1	child of a later node	11
12	self loop	12
\.


--
-- Data for Name: allfields_node_related; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_node_related (id, from_node_id, to_node_id) FROM stdin;
1	3	10
2	3	4
3	10	3
4	4	3
5	8	1
6	8	12
7	1	8
8	12	8
9	12	12
\.


--
-- Data for Name: allfields_place; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_place (id, name) FROM stdin;
1	Plain place
2	Pizzeria 🍕
3	Sushi 寿司
4	Just a square
5	Trattoria
\.


--
-- Data for Name: allfields_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_profile (id, bio, everything_id, user_id) FROM stdin;
1	Administrator	100	1
2		\N	3
3	Line 1\nLine 2 🙂	5	2
\.


--
-- Data for Name: allfields_restaurant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_restaurant (place_ptr_id, serves_pizza) FROM stdin;
2	t
3	f
5	t
\.


--
-- Data for Name: allfields_smallauto; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_smallauto (id, value, flag) FROM stdin;
-32768	-32768	f
-1	-1	f
1	1	t
2	32767	t
32766	0	t
\.


--
-- Data for Name: allfields_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_tag (id, name) FROM stdin;
1	new
2	sale
3	eco
4	日本製
5	🔥 hot
6	Ünïcödé
7	limited
8	unused
\.


--
-- Data for Name: allfields_uuidkeyed; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_uuidkeyed (id, name) FROM stdin;
00000000-0000-0000-0000-000000000000	nil uuid
ffffffff-ffff-ffff-ffff-ffffffffffff	max uuid
36b34ccf-38d8-52fd-931b-a5b13acb8641	Ørsted A/S
b0faf824-638d-59e7-9475-c643c485d671	株式会社
35e1dc79-e190-5669-ac16-79ba27579c2c	no items
\.


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
1	Editors
2	Viewers 👀
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
1	1	34
2	1	66
3	1	58
4	1	90
5	1	38
6	1	70
7	1	42
8	1	74
9	1	46
10	1	78
11	1	50
12	1	82
13	1	54
14	1	86
15	1	62
16	1	26
17	1	30
18	2	4
19	2	8
20	2	12
21	2	16
22	2	20
23	2	24
24	2	28
25	2	32
26	2	36
27	2	40
28	2	44
29	2	48
30	2	52
31	2	56
32	2	60
33	2	64
34	2	68
35	2	72
36	2	76
37	2	80
38	2	84
39	2	88
40	2	92
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add log entry	1	add_logentry
2	Can change log entry	1	change_logentry
3	Can delete log entry	1	delete_logentry
4	Can view log entry	1	view_logentry
5	Can add permission	2	add_permission
6	Can change permission	2	change_permission
7	Can delete permission	2	delete_permission
8	Can view permission	2	view_permission
9	Can add group	3	add_group
10	Can change group	3	change_group
11	Can delete group	3	delete_group
12	Can view group	3	view_group
13	Can add user	4	add_user
14	Can change user	4	change_user
15	Can delete user	4	delete_user
16	Can view user	4	view_user
17	Can add content type	5	add_contenttype
18	Can change content type	5	change_contenttype
19	Can delete content type	5	delete_contenttype
20	Can view content type	5	view_contenttype
21	Can add session	6	add_session
22	Can change session	6	change_session
23	Can delete session	6	delete_session
24	Can view session	6	view_session
25	Can add author	7	add_author
26	Can change author	7	change_author
27	Can delete author	7	delete_author
28	Can view author	7	view_author
29	Can add big auto	8	add_bigauto
30	Can change big auto	8	change_bigauto
31	Can delete big auto	8	delete_bigauto
32	Can view big auto	8	view_bigauto
33	Can add club	9	add_club
34	Can change club	9	change_club
35	Can delete club	9	delete_club
36	Can view club	9	view_club
37	Can add country	10	add_country
38	Can change country	10	change_country
39	Can delete country	10	delete_country
40	Can view country	10	view_country
41	Can add everything	11	add_everything
42	Can change everything	11	change_everything
43	Can delete everything	11	delete_everything
44	Can view everything	11	view_everything
45	Can add member	12	add_member
46	Can change member	12	change_member
47	Can delete member	12	delete_member
48	Can view member	12	view_member
49	Can add place	13	add_place
50	Can change place	13	change_place
51	Can delete place	13	delete_place
52	Can view place	13	view_place
53	Can add small auto	14	add_smallauto
54	Can change small auto	14	change_smallauto
55	Can delete small auto	14	delete_smallauto
56	Can view small auto	14	view_smallauto
57	Can add tag	15	add_tag
58	Can change tag	15	change_tag
59	Can delete tag	15	delete_tag
60	Can view tag	15	view_tag
61	Can add uuid keyed	16	add_uuidkeyed
62	Can change uuid keyed	16	change_uuidkeyed
63	Can delete uuid keyed	16	delete_uuidkeyed
64	Can view uuid keyed	16	view_uuidkeyed
65	Can add restaurant	17	add_restaurant
66	Can change restaurant	17	change_restaurant
67	Can delete restaurant	17	delete_restaurant
68	Can view restaurant	17	view_restaurant
69	Can add profile	18	add_profile
70	Can change profile	18	change_profile
71	Can delete profile	18	delete_profile
72	Can view profile	18	view_profile
73	Can add node	19	add_node
74	Can change node	19	change_node
75	Can delete node	19	delete_node
76	Can view node	19	view_node
77	Can add membership	20	add_membership
78	Can change membership	20	change_membership
79	Can delete membership	20	delete_membership
80	Can view membership	20	view_membership
81	Can add item	21	add_item
82	Can change item	21	change_item
83	Can delete item	21	delete_item
84	Can view item	21	view_item
85	Can add comment	22	add_comment
86	Can change comment	22	change_comment
87	Can delete comment	22	delete_comment
88	Can view comment	22	view_comment
89	Can add book	23	add_book
90	Can change book	23	change_book
91	Can delete book	23	delete_book
92	Can view book	23	view_book
\.


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) FROM stdin;
1	pbkdf2_sha256$260000$rexfidelitysalt00$DbnZrN0/lheIbxjfjwtuGnOxqaJ69JfvukXoD4LFhgA=	2024-01-01 09:00:00+00	t	admin	Ada	Admin	user0@example.com	t	t	2020-01-01 12:00:00+00
2	pbkdf2_sha256$260000$rexfidelitysalt01$IwgRNqPFXRERwCNVGagYEPWsfm2B6Oc8h/dk0ka3Fo8=	2024-01-01 09:01:00+00	f	mía	Mía	Núñez	user1@example.com	t	t	2020-01-02 12:00:00.123456+00
3	pbkdf2_sha256$260000$rexfidelitysalt02$Sb7w5gUfLcHsVoWMG3ZQPIfTV+Sdg9rgck3duOnWlKk=	2024-01-01 09:02:00+00	f	田中	太郎	田中		f	t	2020-01-03 12:00:00.246912+00
4	!rex-fidelity-unusable-password	\N	f	noor	نور	الهدى	user3@example.com	f	f	2020-01-04 12:00:00.370368+00
\.


--
-- Data for Name: auth_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_groups (id, user_id, group_id) FROM stdin;
1	2	1
2	2	2
3	3	2
\.


--
-- Data for Name: auth_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_user_permissions (id, user_id, permission_id) FROM stdin;
1	3	1
2	3	83
3	3	14
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
1	2024-01-02 10:00:00+00	100	everything set	1	[{"added": {}}]	11	1
2	2024-01-02 10:01:01.111111+00	36b34ccf-38d8-52fd-931b-a5b13acb8641	UUIDKeyed object (36b34ccf-38d8-52fd-931b-a5b13acb8641)	1	[{"added": {}}]	16	1
3	2024-01-02 10:02:02.222222+00	ÅL	Country object (ÅL)	2	[{"changed": {"fields": ["Name"]}}]	10	2
4	2024-01-02 10:03:03.333333+00	4	Item object (4)	2	Changed tags 🏷	21	2
5	2024-01-02 10:04:04.444444+00	4	noor	2	[{"changed": {"fields": ["Active"]}}]	4	1
6	2024-01-02 10:05:05.555555+00	999999	Deleted book	3		23	1
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	admin	logentry
2	auth	permission
3	auth	group
4	auth	user
5	contenttypes	contenttype
6	sessions	session
7	allfields	author
8	allfields	bigauto
9	allfields	club
10	allfields	country
11	allfields	everything
12	allfields	member
13	allfields	place
14	allfields	smallauto
15	allfields	tag
16	allfields	uuidkeyed
17	allfields	restaurant
18	allfields	profile
19	allfields	node
20	allfields	membership
21	allfields	item
22	allfields	comment
23	allfields	book
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	contenttypes	0001_initial	2024-01-01 08:00:01.001+00
2	auth	0001_initial	2024-01-01 08:00:02.002+00
3	admin	0001_initial	2024-01-01 08:00:03.003+00
4	admin	0002_logentry_remove_auto_add	2024-01-01 08:00:04.004+00
5	admin	0003_logentry_add_action_flag_choices	2024-01-01 08:00:05.005+00
6	contenttypes	0002_remove_content_type_name	2024-01-01 08:00:06.006+00
7	allfields	0001_initial	2024-01-01 08:00:07.007+00
8	auth	0002_alter_permission_name_max_length	2024-01-01 08:00:08.008+00
9	auth	0003_alter_user_email_max_length	2024-01-01 08:00:09.009+00
10	auth	0004_alter_user_username_opts	2024-01-01 08:00:10.01+00
11	auth	0005_alter_user_last_login_null	2024-01-01 08:00:11.011+00
12	auth	0006_require_contenttypes_0002	2024-01-01 08:00:12.012+00
13	auth	0007_alter_validators_add_error_messages	2024-01-01 08:00:13.013+00
14	auth	0008_alter_user_username_max_length	2024-01-01 08:00:14.014+00
15	auth	0009_alter_user_last_name_max_length	2024-01-01 08:00:15.015+00
16	auth	0010_alter_group_name_max_length	2024-01-01 08:00:16.016+00
17	auth	0011_update_proxy_permissions	2024-01-01 08:00:17.017+00
18	auth	0012_alter_user_first_name_max_length	2024-01-01 08:00:18.018+00
19	sessions	0001_initial	2024-01-01 08:00:19.019+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Name: allfields_author_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_author_id_seq', 5, true);


--
-- Name: allfields_bigauto_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_bigauto_id_seq', 9223372036854775807, true);


--
-- Name: allfields_book_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_book_id_seq', 7, true);


--
-- Name: allfields_club_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_club_id_seq', 3, true);


--
-- Name: allfields_comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_comment_id_seq', 13, true);


--
-- Name: allfields_everything_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_everything_id_seq', 104, true);


--
-- Name: allfields_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_item_id_seq', 20, true);


--
-- Name: allfields_item_tags_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_item_tags_id_seq', 38, true);


--
-- Name: allfields_member_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_member_id_seq', 5, true);


--
-- Name: allfields_membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_membership_id_seq', 6, true);


--
-- Name: allfields_node_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_node_id_seq', 12, true);


--
-- Name: allfields_node_related_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_node_related_id_seq', 9, true);


--
-- Name: allfields_place_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_place_id_seq', 5, true);


--
-- Name: allfields_profile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_profile_id_seq', 3, true);


--
-- Name: allfields_smallauto_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_smallauto_id_seq', 32766, true);


--
-- Name: allfields_tag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_tag_id_seq', 8, true);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 2, true);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 40, true);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 92, true);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_groups_id_seq', 3, true);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 4, true);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_user_permissions_id_seq', 3, true);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 6, true);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 23, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 19, true);


--
-- Name: allfields_author allfields_author_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_author
    ADD CONSTRAINT allfields_author_pkey PRIMARY KEY (id);


--
-- Name: allfields_bigauto allfields_bigauto_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_bigauto
    ADD CONSTRAINT allfields_bigauto_pkey PRIMARY KEY (id);


--
-- Name: allfields_book allfields_book_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_book
    ADD CONSTRAINT allfields_book_pkey PRIMARY KEY (id);


--
-- Name: allfields_club allfields_club_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_club
    ADD CONSTRAINT allfields_club_pkey PRIMARY KEY (id);


--
-- Name: allfields_comment allfields_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_comment
    ADD CONSTRAINT allfields_comment_pkey PRIMARY KEY (id);


--
-- Name: allfields_country allfields_country_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_country
    ADD CONSTRAINT allfields_country_pkey PRIMARY KEY (code);


--
-- Name: allfields_everything allfields_everything_label_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_everything
    ADD CONSTRAINT allfields_everything_label_key UNIQUE (label);


--
-- Name: allfields_everything allfields_everything_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_everything
    ADD CONSTRAINT allfields_everything_pkey PRIMARY KEY (id);


--
-- Name: allfields_item allfields_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item
    ADD CONSTRAINT allfields_item_pkey PRIMARY KEY (id);


--
-- Name: allfields_item allfields_item_sku_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item
    ADD CONSTRAINT allfields_item_sku_key UNIQUE (sku);


--
-- Name: allfields_item_tags allfields_item_tags_item_id_tag_id_f3488b08_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item_tags
    ADD CONSTRAINT allfields_item_tags_item_id_tag_id_f3488b08_uniq UNIQUE (item_id, tag_id);


--
-- Name: allfields_item_tags allfields_item_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item_tags
    ADD CONSTRAINT allfields_item_tags_pkey PRIMARY KEY (id);


--
-- Name: allfields_member allfields_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_member
    ADD CONSTRAINT allfields_member_pkey PRIMARY KEY (id);


--
-- Name: allfields_membership allfields_membership_club_id_member_id_ba02973b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_membership
    ADD CONSTRAINT allfields_membership_club_id_member_id_ba02973b_uniq UNIQUE (club_id, member_id);


--
-- Name: allfields_membership allfields_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_membership
    ADD CONSTRAINT allfields_membership_pkey PRIMARY KEY (id);


--
-- Name: allfields_node allfields_node_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node
    ADD CONSTRAINT allfields_node_pkey PRIMARY KEY (id);


--
-- Name: allfields_node_related allfields_node_related_from_node_id_to_node_id_6bcfabe9_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node_related
    ADD CONSTRAINT allfields_node_related_from_node_id_to_node_id_6bcfabe9_uniq UNIQUE (from_node_id, to_node_id);


--
-- Name: allfields_node_related allfields_node_related_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node_related
    ADD CONSTRAINT allfields_node_related_pkey PRIMARY KEY (id);


--
-- Name: allfields_place allfields_place_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_place
    ADD CONSTRAINT allfields_place_pkey PRIMARY KEY (id);


--
-- Name: allfields_profile allfields_profile_everything_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile
    ADD CONSTRAINT allfields_profile_everything_id_key UNIQUE (everything_id);


--
-- Name: allfields_profile allfields_profile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile
    ADD CONSTRAINT allfields_profile_pkey PRIMARY KEY (id);


--
-- Name: allfields_profile allfields_profile_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile
    ADD CONSTRAINT allfields_profile_user_id_key UNIQUE (user_id);


--
-- Name: allfields_restaurant allfields_restaurant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_restaurant
    ADD CONSTRAINT allfields_restaurant_pkey PRIMARY KEY (place_ptr_id);


--
-- Name: allfields_smallauto allfields_smallauto_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_smallauto
    ADD CONSTRAINT allfields_smallauto_pkey PRIMARY KEY (id);


--
-- Name: allfields_tag allfields_tag_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_tag
    ADD CONSTRAINT allfields_tag_name_key UNIQUE (name);


--
-- Name: allfields_tag allfields_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_tag
    ADD CONSTRAINT allfields_tag_pkey PRIMARY KEY (id);


--
-- Name: allfields_uuidkeyed allfields_uuidkeyed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_uuidkeyed
    ADD CONSTRAINT allfields_uuidkeyed_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_pkey PRIMARY KEY (id);


--
-- Name: auth_user_groups auth_user_groups_user_id_group_id_94350c0c_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_group_id_94350c0c_uniq UNIQUE (user_id, group_id);


--
-- Name: auth_user auth_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_permission_id_14a6b632_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_permission_id_14a6b632_uniq UNIQUE (user_id, permission_id);


--
-- Name: auth_user auth_user_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user
    ADD CONSTRAINT auth_user_username_key UNIQUE (username);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: allfields_author_favorite_book_id_f723a585; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_author_favorite_book_id_f723a585 ON public.allfields_author USING btree (favorite_book_id);


--
-- Name: allfields_book_author_id_c76d9c5b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_book_author_id_c76d9c5b ON public.allfields_book USING btree (author_id);


--
-- Name: allfields_comment_content_type_id_6c1bd5fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_comment_content_type_id_6c1bd5fe ON public.allfields_comment USING btree (content_type_id);


--
-- Name: allfields_country_code_c5ebf04c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_country_code_c5ebf04c_like ON public.allfields_country USING btree (code varchar_pattern_ops);


--
-- Name: allfields_everything_label_f2ec65da_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_everything_label_f2ec65da_like ON public.allfields_everything USING btree (label varchar_pattern_ops);


--
-- Name: allfields_everything_slug_ffd1e6af; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_everything_slug_ffd1e6af ON public.allfields_everything USING btree (slug);


--
-- Name: allfields_everything_slug_ffd1e6af_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_everything_slug_ffd1e6af_like ON public.allfields_everything USING btree (slug varchar_pattern_ops);


--
-- Name: allfields_item_country_id_dced5857; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_country_id_dced5857 ON public.allfields_item USING btree (country_id);


--
-- Name: allfields_item_country_id_dced5857_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_country_id_dced5857_like ON public.allfields_item USING btree (country_id varchar_pattern_ops);


--
-- Name: allfields_item_owner_id_5190c8d3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_owner_id_5190c8d3 ON public.allfields_item USING btree (owner_id);


--
-- Name: allfields_item_sku_e68aafa4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_sku_e68aafa4_like ON public.allfields_item USING btree (sku varchar_pattern_ops);


--
-- Name: allfields_item_tags_item_id_8a1ce351; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_tags_item_id_8a1ce351 ON public.allfields_item_tags USING btree (item_id);


--
-- Name: allfields_item_tags_tag_id_6d927a94; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_item_tags_tag_id_6d927a94 ON public.allfields_item_tags USING btree (tag_id);


--
-- Name: allfields_membership_club_id_0e2b3ce1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_membership_club_id_0e2b3ce1 ON public.allfields_membership USING btree (club_id);


--
-- Name: allfields_membership_member_id_6918d671; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_membership_member_id_6918d671 ON public.allfields_membership USING btree (member_id);


--
-- Name: allfields_node_parent_id_c88ff586; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_node_parent_id_c88ff586 ON public.allfields_node USING btree (parent_id);


--
-- Name: allfields_node_related_from_node_id_194b2f8f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_node_related_from_node_id_194b2f8f ON public.allfields_node_related USING btree (from_node_id);


--
-- Name: allfields_node_related_to_node_id_ad5bca5a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_node_related_to_node_id_ad5bca5a ON public.allfields_node_related USING btree (to_node_id);


--
-- Name: allfields_tag_name_104ed99c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allfields_tag_name_104ed99c_like ON public.allfields_tag USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: auth_user_groups_group_id_97559544; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_group_id_97559544 ON public.auth_user_groups USING btree (group_id);


--
-- Name: auth_user_groups_user_id_6a12ed8b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_groups_user_id_6a12ed8b ON public.auth_user_groups USING btree (user_id);


--
-- Name: auth_user_user_permissions_permission_id_1fbb5f2c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_permission_id_1fbb5f2c ON public.auth_user_user_permissions USING btree (permission_id);


--
-- Name: auth_user_user_permissions_user_id_a95ead1b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_user_permissions_user_id_a95ead1b ON public.auth_user_user_permissions USING btree (user_id);


--
-- Name: auth_user_username_6821ab7c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_user_username_6821ab7c_like ON public.auth_user USING btree (username varchar_pattern_ops);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: allfields_author allfields_author_favorite_book_id_f723a585_fk_allfields_book_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_author
    ADD CONSTRAINT allfields_author_favorite_book_id_f723a585_fk_allfields_book_id FOREIGN KEY (favorite_book_id) REFERENCES public.allfields_book(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_book allfields_book_author_id_c76d9c5b_fk_allfields_author_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_book
    ADD CONSTRAINT allfields_book_author_id_c76d9c5b_fk_allfields_author_id FOREIGN KEY (author_id) REFERENCES public.allfields_author(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_comment allfields_comment_content_type_id_6c1bd5fe_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_comment
    ADD CONSTRAINT allfields_comment_content_type_id_6c1bd5fe_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_item allfields_item_country_id_dced5857_fk_allfields_country_code; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item
    ADD CONSTRAINT allfields_item_country_id_dced5857_fk_allfields_country_code FOREIGN KEY (country_id) REFERENCES public.allfields_country(code) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_item allfields_item_owner_id_5190c8d3_fk_allfields_uuidkeyed_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item
    ADD CONSTRAINT allfields_item_owner_id_5190c8d3_fk_allfields_uuidkeyed_id FOREIGN KEY (owner_id) REFERENCES public.allfields_uuidkeyed(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_item_tags allfields_item_tags_item_id_8a1ce351_fk_allfields_item_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item_tags
    ADD CONSTRAINT allfields_item_tags_item_id_8a1ce351_fk_allfields_item_id FOREIGN KEY (item_id) REFERENCES public.allfields_item(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_item_tags allfields_item_tags_tag_id_6d927a94_fk_allfields_tag_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_item_tags
    ADD CONSTRAINT allfields_item_tags_tag_id_6d927a94_fk_allfields_tag_id FOREIGN KEY (tag_id) REFERENCES public.allfields_tag(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_membership allfields_membership_club_id_0e2b3ce1_fk_allfields_club_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_membership
    ADD CONSTRAINT allfields_membership_club_id_0e2b3ce1_fk_allfields_club_id FOREIGN KEY (club_id) REFERENCES public.allfields_club(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_membership allfields_membership_member_id_6918d671_fk_allfields_member_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_membership
    ADD CONSTRAINT allfields_membership_member_id_6918d671_fk_allfields_member_id FOREIGN KEY (member_id) REFERENCES public.allfields_member(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_node allfields_node_parent_id_c88ff586_fk_allfields_node_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node
    ADD CONSTRAINT allfields_node_parent_id_c88ff586_fk_allfields_node_id FOREIGN KEY (parent_id) REFERENCES public.allfields_node(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_node_related allfields_node_relat_from_node_id_194b2f8f_fk_allfields; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node_related
    ADD CONSTRAINT allfields_node_relat_from_node_id_194b2f8f_fk_allfields FOREIGN KEY (from_node_id) REFERENCES public.allfields_node(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_node_related allfields_node_related_to_node_id_ad5bca5a_fk_allfields_node_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_node_related
    ADD CONSTRAINT allfields_node_related_to_node_id_ad5bca5a_fk_allfields_node_id FOREIGN KEY (to_node_id) REFERENCES public.allfields_node(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_profile allfields_profile_everything_id_dbd31ecd_fk_allfields; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile
    ADD CONSTRAINT allfields_profile_everything_id_dbd31ecd_fk_allfields FOREIGN KEY (everything_id) REFERENCES public.allfields_everything(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_profile allfields_profile_user_id_6f1b320d_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_profile
    ADD CONSTRAINT allfields_profile_user_id_6f1b320d_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: allfields_restaurant allfields_restaurant_place_ptr_id_76b9748e_fk_allfields; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allfields_restaurant
    ADD CONSTRAINT allfields_restaurant_place_ptr_id_76b9748e_fk_allfields FOREIGN KEY (place_ptr_id) REFERENCES public.allfields_place(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_group_id_97559544_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_group_id_97559544_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_groups auth_user_groups_user_id_6a12ed8b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_groups
    ADD CONSTRAINT auth_user_groups_user_id_6a12ed8b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_user_user_permissions auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_user_user_permissions
    ADD CONSTRAINT auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_auth_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES public.auth_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--

\unrestrict rexfidelityfixture

