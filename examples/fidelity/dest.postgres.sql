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
\.


--
-- Data for Name: allfields_bigauto; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_bigauto (id, value, label) FROM stdin;
\.


--
-- Data for Name: allfields_book; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_book (id, title, author_id) FROM stdin;
\.


--
-- Data for Name: allfields_club; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_club (id, name) FROM stdin;
\.


--
-- Data for Name: allfields_comment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_comment (id, object_id, body, content_type_id) FROM stdin;
\.


--
-- Data for Name: allfields_country; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_country (code, name) FROM stdin;
\.


--
-- Data for Name: allfields_everything; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_everything (id, label, "boolean", boolean_null, "char", char_null, text, text_null, slug, email, url, file, file_path, "integer", big_integer, small_integer, positive_integer, positive_small_integer, positive_big_integer, "float", decimal_30_10, decimal_5_2, date, datetime, "time", duration, uuid, json, "binary", ip, ipv4, "order", "CamelCase") FROM stdin;
\.


--
-- Data for Name: allfields_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_item (id, sku, country_id, owner_id) FROM stdin;
\.


--
-- Data for Name: allfields_item_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_item_tags (id, item_id, tag_id) FROM stdin;
\.


--
-- Data for Name: allfields_member; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_member (id, name) FROM stdin;
\.


--
-- Data for Name: allfields_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_membership (id, joined, role, club_id, member_id) FROM stdin;
\.


--
-- Data for Name: allfields_node; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_node (id, name, parent_id) FROM stdin;
\.


--
-- Data for Name: allfields_node_related; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_node_related (id, from_node_id, to_node_id) FROM stdin;
\.


--
-- Data for Name: allfields_place; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_place (id, name) FROM stdin;
\.


--
-- Data for Name: allfields_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_profile (id, bio, everything_id, user_id) FROM stdin;
\.


--
-- Data for Name: allfields_restaurant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_restaurant (place_ptr_id, serves_pizza) FROM stdin;
\.


--
-- Data for Name: allfields_smallauto; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_smallauto (id, value, flag) FROM stdin;
\.


--
-- Data for Name: allfields_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_tag (id, name) FROM stdin;
\.


--
-- Data for Name: allfields_uuidkeyed; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allfields_uuidkeyed (id, name) FROM stdin;
\.


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add author	1	add_author
2	Can change author	1	change_author
3	Can delete author	1	delete_author
4	Can view author	1	view_author
5	Can add big auto	2	add_bigauto
6	Can change big auto	2	change_bigauto
7	Can delete big auto	2	delete_bigauto
8	Can view big auto	2	view_bigauto
9	Can add club	3	add_club
10	Can change club	3	change_club
11	Can delete club	3	delete_club
12	Can view club	3	view_club
13	Can add country	4	add_country
14	Can change country	4	change_country
15	Can delete country	4	delete_country
16	Can view country	4	view_country
17	Can add everything	5	add_everything
18	Can change everything	5	change_everything
19	Can delete everything	5	delete_everything
20	Can view everything	5	view_everything
21	Can add member	6	add_member
22	Can change member	6	change_member
23	Can delete member	6	delete_member
24	Can view member	6	view_member
25	Can add place	7	add_place
26	Can change place	7	change_place
27	Can delete place	7	delete_place
28	Can view place	7	view_place
29	Can add small auto	8	add_smallauto
30	Can change small auto	8	change_smallauto
31	Can delete small auto	8	delete_smallauto
32	Can view small auto	8	view_smallauto
33	Can add tag	9	add_tag
34	Can change tag	9	change_tag
35	Can delete tag	9	delete_tag
36	Can view tag	9	view_tag
37	Can add uuid keyed	10	add_uuidkeyed
38	Can change uuid keyed	10	change_uuidkeyed
39	Can delete uuid keyed	10	delete_uuidkeyed
40	Can view uuid keyed	10	view_uuidkeyed
41	Can add restaurant	11	add_restaurant
42	Can change restaurant	11	change_restaurant
43	Can delete restaurant	11	delete_restaurant
44	Can view restaurant	11	view_restaurant
45	Can add profile	12	add_profile
46	Can change profile	12	change_profile
47	Can delete profile	12	delete_profile
48	Can view profile	12	view_profile
49	Can add node	13	add_node
50	Can change node	13	change_node
51	Can delete node	13	delete_node
52	Can view node	13	view_node
53	Can add membership	14	add_membership
54	Can change membership	14	change_membership
55	Can delete membership	14	delete_membership
56	Can view membership	14	view_membership
57	Can add item	15	add_item
58	Can change item	15	change_item
59	Can delete item	15	delete_item
60	Can view item	15	view_item
61	Can add comment	16	add_comment
62	Can change comment	16	change_comment
63	Can delete comment	16	delete_comment
64	Can view comment	16	view_comment
65	Can add book	17	add_book
66	Can change book	17	change_book
67	Can delete book	17	delete_book
68	Can view book	17	view_book
69	Can add session	18	add_session
70	Can change session	18	change_session
71	Can delete session	18	delete_session
72	Can view session	18	view_session
73	Can add content type	19	add_contenttype
74	Can change content type	19	change_contenttype
75	Can delete content type	19	delete_contenttype
76	Can view content type	19	view_contenttype
77	Can add log entry	20	add_logentry
78	Can change log entry	20	change_logentry
79	Can delete log entry	20	delete_logentry
80	Can view log entry	20	view_logentry
81	Can add permission	21	add_permission
82	Can change permission	21	change_permission
83	Can delete permission	21	delete_permission
84	Can view permission	21	view_permission
85	Can add group	22	add_group
86	Can change group	22	change_group
87	Can delete group	22	delete_group
88	Can view group	22	view_group
89	Can add user	23	add_user
90	Can change user	23	change_user
91	Can delete user	23	delete_user
92	Can view user	23	view_user
\.


--
-- Data for Name: auth_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user (id, password, last_login, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) FROM stdin;
\.


--
-- Data for Name: auth_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: auth_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	allfields	author
2	allfields	bigauto
3	allfields	club
4	allfields	country
5	allfields	everything
6	allfields	member
7	allfields	place
8	allfields	smallauto
9	allfields	tag
10	allfields	uuidkeyed
11	allfields	restaurant
12	allfields	profile
13	allfields	node
14	allfields	membership
15	allfields	item
16	allfields	comment
17	allfields	book
18	sessions	session
19	contenttypes	contenttype
20	admin	logentry
21	auth	permission
22	auth	group
23	auth	user
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

SELECT pg_catalog.setval('public.allfields_author_id_seq', 1, false);


--
-- Name: allfields_bigauto_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_bigauto_id_seq', 1, false);


--
-- Name: allfields_book_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_book_id_seq', 1, false);


--
-- Name: allfields_club_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_club_id_seq', 1, false);


--
-- Name: allfields_comment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_comment_id_seq', 1, false);


--
-- Name: allfields_everything_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_everything_id_seq', 1, false);


--
-- Name: allfields_item_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_item_id_seq', 1, false);


--
-- Name: allfields_item_tags_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_item_tags_id_seq', 1, false);


--
-- Name: allfields_member_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_member_id_seq', 1, false);


--
-- Name: allfields_membership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_membership_id_seq', 1, false);


--
-- Name: allfields_node_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_node_id_seq', 1, false);


--
-- Name: allfields_node_related_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_node_related_id_seq', 1, false);


--
-- Name: allfields_place_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_place_id_seq', 1, false);


--
-- Name: allfields_profile_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_profile_id_seq', 1, false);


--
-- Name: allfields_smallauto_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_smallauto_id_seq', 1, false);


--
-- Name: allfields_tag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allfields_tag_id_seq', 1, false);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 1, false);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 1, false);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 92, true);


--
-- Name: auth_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_groups_id_seq', 1, false);


--
-- Name: auth_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_id_seq', 1, false);


--
-- Name: auth_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_user_user_permissions_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


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

