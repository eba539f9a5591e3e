
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP TABLE IF EXISTS `allfields_author`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_author` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `favorite_book_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `allfields_author_favorite_book_id_f723a585_fk_allfields_book_id` (`favorite_book_id`),
  CONSTRAINT `allfields_author_favorite_book_id_f723a585_fk_allfields_book_id` FOREIGN KEY (`favorite_book_id`) REFERENCES `allfields_book` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_author` WRITE;
/*!40000 ALTER TABLE `allfields_author` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_author` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_bigauto`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_bigauto` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `value` bigint(20) NOT NULL,
  `label` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_bigauto` WRITE;
/*!40000 ALTER TABLE `allfields_bigauto` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_bigauto` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_book`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_book` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allfields_book_author_id_c76d9c5b_fk_allfields_author_id` (`author_id`),
  CONSTRAINT `allfields_book_author_id_c76d9c5b_fk_allfields_author_id` FOREIGN KEY (`author_id`) REFERENCES `allfields_author` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_book` WRITE;
/*!40000 ALTER TABLE `allfields_book` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_book` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_club`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_club` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_club` WRITE;
/*!40000 ALTER TABLE `allfields_club` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_club` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_comment`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` int(10) unsigned NOT NULL CHECK (`object_id` >= 0),
  `body` longtext NOT NULL,
  `content_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allfields_comment_content_type_id_6c1bd5fe_fk_django_co` (`content_type_id`),
  CONSTRAINT `allfields_comment_content_type_id_6c1bd5fe_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_comment` WRITE;
/*!40000 ALTER TABLE `allfields_comment` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_comment` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_country`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_country` (
  `code` varchar(2) NOT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_country` WRITE;
/*!40000 ALTER TABLE `allfields_country` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_country` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_everything`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_everything` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(100) NOT NULL,
  `boolean` tinyint(1) NOT NULL,
  `boolean_null` tinyint(1) DEFAULT NULL,
  `char` varchar(255) NOT NULL,
  `char_null` varchar(255) DEFAULT NULL,
  `text` longtext NOT NULL,
  `text_null` longtext DEFAULT NULL,
  `slug` varchar(80) NOT NULL,
  `email` varchar(254) NOT NULL,
  `url` varchar(300) NOT NULL,
  `file` varchar(100) NOT NULL,
  `file_path` varchar(200) NOT NULL,
  `integer` int(11) DEFAULT NULL,
  `big_integer` bigint(20) DEFAULT NULL,
  `small_integer` smallint(6) DEFAULT NULL,
  `positive_integer` int(10) unsigned DEFAULT NULL CHECK (`positive_integer` >= 0),
  `positive_small_integer` smallint(5) unsigned DEFAULT NULL CHECK (`positive_small_integer` >= 0),
  `positive_big_integer` bigint(20) unsigned DEFAULT NULL CHECK (`positive_big_integer` >= 0),
  `float` double DEFAULT NULL,
  `decimal_30_10` decimal(30,10) DEFAULT NULL,
  `decimal_5_2` decimal(5,2) DEFAULT NULL,
  `date` date DEFAULT NULL,
  `datetime` datetime(6) DEFAULT NULL,
  `time` time(6) DEFAULT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `uuid` char(32) DEFAULT NULL,
  `json` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`json`)),
  `binary` longblob DEFAULT NULL,
  `ip` char(39) DEFAULT NULL,
  `ipv4` char(39) DEFAULT NULL,
  `order` int(11) NOT NULL,
  `CamelCase` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`),
  KEY `allfields_everything_slug_ffd1e6af` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_everything` WRITE;
/*!40000 ALTER TABLE `allfields_everything` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_everything` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sku` varchar(20) NOT NULL,
  `country_id` varchar(2) DEFAULT NULL,
  `owner_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sku` (`sku`),
  KEY `allfields_item_country_id_dced5857_fk_allfields_country_code` (`country_id`),
  KEY `allfields_item_owner_id_5190c8d3_fk_allfields_uuidkeyed_id` (`owner_id`),
  CONSTRAINT `allfields_item_country_id_dced5857_fk_allfields_country_code` FOREIGN KEY (`country_id`) REFERENCES `allfields_country` (`code`),
  CONSTRAINT `allfields_item_owner_id_5190c8d3_fk_allfields_uuidkeyed_id` FOREIGN KEY (`owner_id`) REFERENCES `allfields_uuidkeyed` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_item` WRITE;
/*!40000 ALTER TABLE `allfields_item` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_item` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_item_tags`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_item_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `item_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allfields_item_tags_item_id_tag_id_f3488b08_uniq` (`item_id`,`tag_id`),
  KEY `allfields_item_tags_tag_id_6d927a94_fk_allfields_tag_id` (`tag_id`),
  CONSTRAINT `allfields_item_tags_item_id_8a1ce351_fk_allfields_item_id` FOREIGN KEY (`item_id`) REFERENCES `allfields_item` (`id`),
  CONSTRAINT `allfields_item_tags_tag_id_6d927a94_fk_allfields_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `allfields_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_item_tags` WRITE;
/*!40000 ALTER TABLE `allfields_item_tags` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_item_tags` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_member` WRITE;
/*!40000 ALTER TABLE `allfields_member` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_member` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_membership`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_membership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `joined` date NOT NULL,
  `role` varchar(20) NOT NULL,
  `club_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allfields_membership_club_id_member_id_ba02973b_uniq` (`club_id`,`member_id`),
  KEY `allfields_membership_member_id_6918d671_fk_allfields_member_id` (`member_id`),
  CONSTRAINT `allfields_membership_club_id_0e2b3ce1_fk_allfields_club_id` FOREIGN KEY (`club_id`) REFERENCES `allfields_club` (`id`),
  CONSTRAINT `allfields_membership_member_id_6918d671_fk_allfields_member_id` FOREIGN KEY (`member_id`) REFERENCES `allfields_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_membership` WRITE;
/*!40000 ALTER TABLE `allfields_membership` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_membership` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_node`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_node` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `allfields_node_parent_id_c88ff586_fk_allfields_node_id` (`parent_id`),
  CONSTRAINT `allfields_node_parent_id_c88ff586_fk_allfields_node_id` FOREIGN KEY (`parent_id`) REFERENCES `allfields_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_node` WRITE;
/*!40000 ALTER TABLE `allfields_node` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_node` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_node_related`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_node_related` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_node_id` int(11) NOT NULL,
  `to_node_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allfields_node_related_from_node_id_to_node_id_6bcfabe9_uniq` (`from_node_id`,`to_node_id`),
  KEY `allfields_node_related_to_node_id_ad5bca5a_fk_allfields_node_id` (`to_node_id`),
  CONSTRAINT `allfields_node_relat_from_node_id_194b2f8f_fk_allfields` FOREIGN KEY (`from_node_id`) REFERENCES `allfields_node` (`id`),
  CONSTRAINT `allfields_node_related_to_node_id_ad5bca5a_fk_allfields_node_id` FOREIGN KEY (`to_node_id`) REFERENCES `allfields_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_node_related` WRITE;
/*!40000 ALTER TABLE `allfields_node_related` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_node_related` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_place`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_place` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_place` WRITE;
/*!40000 ALTER TABLE `allfields_place` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_place` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_profile`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bio` longtext NOT NULL,
  `everything_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `everything_id` (`everything_id`),
  CONSTRAINT `allfields_profile_everything_id_dbd31ecd_fk_allfields` FOREIGN KEY (`everything_id`) REFERENCES `allfields_everything` (`id`),
  CONSTRAINT `allfields_profile_user_id_6f1b320d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_profile` WRITE;
/*!40000 ALTER TABLE `allfields_profile` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_profile` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_restaurant`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_restaurant` (
  `place_ptr_id` int(11) NOT NULL,
  `serves_pizza` tinyint(1) NOT NULL,
  PRIMARY KEY (`place_ptr_id`),
  CONSTRAINT `allfields_restaurant_place_ptr_id_76b9748e_fk_allfields_place_id` FOREIGN KEY (`place_ptr_id`) REFERENCES `allfields_place` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_restaurant` WRITE;
/*!40000 ALTER TABLE `allfields_restaurant` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_restaurant` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_smallauto`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_smallauto` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `value` smallint(6) NOT NULL,
  `flag` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_smallauto` WRITE;
/*!40000 ALTER TABLE `allfields_smallauto` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_smallauto` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_tag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_tag` WRITE;
/*!40000 ALTER TABLE `allfields_tag` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_tag` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `allfields_uuidkeyed`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `allfields_uuidkeyed` (
  `id` char(32) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `allfields_uuidkeyed` WRITE;
/*!40000 ALTER TABLE `allfields_uuidkeyed` DISABLE KEYS */;
/*!40000 ALTER TABLE `allfields_uuidkeyed` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_group`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_group` WRITE;
/*!40000 ALTER TABLE `auth_group` DISABLE KEYS */;
/*!40000 ALTER TABLE `auth_group` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_group_permissions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_group_permissions` WRITE;
/*!40000 ALTER TABLE `auth_group_permissions` DISABLE KEYS */;
/*!40000 ALTER TABLE `auth_group_permissions` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_permission`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=93 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_permission` WRITE;
/*!40000 ALTER TABLE `auth_permission` DISABLE KEYS */;
INSERT INTO `auth_permission` VALUES
(1,'Can add author',1,'add_author'),
(2,'Can change author',1,'change_author'),
(3,'Can delete author',1,'delete_author'),
(4,'Can view author',1,'view_author'),
(5,'Can add big auto',2,'add_bigauto'),
(6,'Can change big auto',2,'change_bigauto'),
(7,'Can delete big auto',2,'delete_bigauto'),
(8,'Can view big auto',2,'view_bigauto'),
(9,'Can add club',3,'add_club'),
(10,'Can change club',3,'change_club'),
(11,'Can delete club',3,'delete_club'),
(12,'Can view club',3,'view_club'),
(13,'Can add country',4,'add_country'),
(14,'Can change country',4,'change_country'),
(15,'Can delete country',4,'delete_country'),
(16,'Can view country',4,'view_country'),
(17,'Can add everything',5,'add_everything'),
(18,'Can change everything',5,'change_everything'),
(19,'Can delete everything',5,'delete_everything'),
(20,'Can view everything',5,'view_everything'),
(21,'Can add member',6,'add_member'),
(22,'Can change member',6,'change_member'),
(23,'Can delete member',6,'delete_member'),
(24,'Can view member',6,'view_member'),
(25,'Can add place',7,'add_place'),
(26,'Can change place',7,'change_place'),
(27,'Can delete place',7,'delete_place'),
(28,'Can view place',7,'view_place'),
(29,'Can add small auto',8,'add_smallauto'),
(30,'Can change small auto',8,'change_smallauto'),
(31,'Can delete small auto',8,'delete_smallauto'),
(32,'Can view small auto',8,'view_smallauto'),
(33,'Can add tag',9,'add_tag'),
(34,'Can change tag',9,'change_tag'),
(35,'Can delete tag',9,'delete_tag'),
(36,'Can view tag',9,'view_tag'),
(37,'Can add uuid keyed',10,'add_uuidkeyed'),
(38,'Can change uuid keyed',10,'change_uuidkeyed'),
(39,'Can delete uuid keyed',10,'delete_uuidkeyed'),
(40,'Can view uuid keyed',10,'view_uuidkeyed'),
(41,'Can add restaurant',11,'add_restaurant'),
(42,'Can change restaurant',11,'change_restaurant'),
(43,'Can delete restaurant',11,'delete_restaurant'),
(44,'Can view restaurant',11,'view_restaurant'),
(45,'Can add profile',12,'add_profile'),
(46,'Can change profile',12,'change_profile'),
(47,'Can delete profile',12,'delete_profile'),
(48,'Can view profile',12,'view_profile'),
(49,'Can add node',13,'add_node'),
(50,'Can change node',13,'change_node'),
(51,'Can delete node',13,'delete_node'),
(52,'Can view node',13,'view_node'),
(53,'Can add membership',14,'add_membership'),
(54,'Can change membership',14,'change_membership'),
(55,'Can delete membership',14,'delete_membership'),
(56,'Can view membership',14,'view_membership'),
(57,'Can add item',15,'add_item'),
(58,'Can change item',15,'change_item'),
(59,'Can delete item',15,'delete_item'),
(60,'Can view item',15,'view_item'),
(61,'Can add comment',16,'add_comment'),
(62,'Can change comment',16,'change_comment'),
(63,'Can delete comment',16,'delete_comment'),
(64,'Can view comment',16,'view_comment'),
(65,'Can add book',17,'add_book'),
(66,'Can change book',17,'change_book'),
(67,'Can delete book',17,'delete_book'),
(68,'Can view book',17,'view_book'),
(69,'Can add session',18,'add_session'),
(70,'Can change session',18,'change_session'),
(71,'Can delete session',18,'delete_session'),
(72,'Can view session',18,'view_session'),
(73,'Can add content type',19,'add_contenttype'),
(74,'Can change content type',19,'change_contenttype'),
(75,'Can delete content type',19,'delete_contenttype'),
(76,'Can view content type',19,'view_contenttype'),
(77,'Can add log entry',20,'add_logentry'),
(78,'Can change log entry',20,'change_logentry'),
(79,'Can delete log entry',20,'delete_logentry'),
(80,'Can view log entry',20,'view_logentry'),
(81,'Can add permission',21,'add_permission'),
(82,'Can change permission',21,'change_permission'),
(83,'Can delete permission',21,'delete_permission'),
(84,'Can view permission',21,'view_permission'),
(85,'Can add group',22,'add_group'),
(86,'Can change group',22,'change_group'),
(87,'Can delete group',22,'delete_group'),
(88,'Can view group',22,'view_group'),
(89,'Can add user',23,'add_user'),
(90,'Can change user',23,'change_user'),
(91,'Can delete user',23,'delete_user'),
(92,'Can view user',23,'view_user');
/*!40000 ALTER TABLE `auth_permission` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_user` WRITE;
/*!40000 ALTER TABLE `auth_user` DISABLE KEYS */;
/*!40000 ALTER TABLE `auth_user` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_user_groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_user_groups` WRITE;
/*!40000 ALTER TABLE `auth_user_groups` DISABLE KEYS */;
/*!40000 ALTER TABLE `auth_user_groups` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `auth_user_user_permissions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `auth_user_user_permissions` WRITE;
/*!40000 ALTER TABLE `auth_user_user_permissions` DISABLE KEYS */;
/*!40000 ALTER TABLE `auth_user_user_permissions` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `django_admin_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `django_admin_log` WRITE;
/*!40000 ALTER TABLE `django_admin_log` DISABLE KEYS */;
/*!40000 ALTER TABLE `django_admin_log` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `django_content_type`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB AUTO_INCREMENT=24 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `django_content_type` WRITE;
/*!40000 ALTER TABLE `django_content_type` DISABLE KEYS */;
INSERT INTO `django_content_type` VALUES
(20,'admin','logentry'),
(1,'allfields','author'),
(2,'allfields','bigauto'),
(17,'allfields','book'),
(3,'allfields','club'),
(16,'allfields','comment'),
(4,'allfields','country'),
(5,'allfields','everything'),
(15,'allfields','item'),
(6,'allfields','member'),
(14,'allfields','membership'),
(13,'allfields','node'),
(7,'allfields','place'),
(12,'allfields','profile'),
(11,'allfields','restaurant'),
(8,'allfields','smallauto'),
(9,'allfields','tag'),
(10,'allfields','uuidkeyed'),
(22,'auth','group'),
(21,'auth','permission'),
(23,'auth','user'),
(19,'contenttypes','contenttype'),
(18,'sessions','session');
/*!40000 ALTER TABLE `django_content_type` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `django_migrations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=20 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `django_migrations` WRITE;
/*!40000 ALTER TABLE `django_migrations` DISABLE KEYS */;
INSERT INTO `django_migrations` VALUES
(1,'contenttypes','0001_initial','2024-01-01 08:00:01.001000'),
(2,'auth','0001_initial','2024-01-01 08:00:02.002000'),
(3,'admin','0001_initial','2024-01-01 08:00:03.003000'),
(4,'admin','0002_logentry_remove_auto_add','2024-01-01 08:00:04.004000'),
(5,'admin','0003_logentry_add_action_flag_choices','2024-01-01 08:00:05.005000'),
(6,'contenttypes','0002_remove_content_type_name','2024-01-01 08:00:06.006000'),
(7,'allfields','0001_initial','2024-01-01 08:00:07.007000'),
(8,'auth','0002_alter_permission_name_max_length','2024-01-01 08:00:08.008000'),
(9,'auth','0003_alter_user_email_max_length','2024-01-01 08:00:09.009000'),
(10,'auth','0004_alter_user_username_opts','2024-01-01 08:00:10.010000'),
(11,'auth','0005_alter_user_last_login_null','2024-01-01 08:00:11.011000'),
(12,'auth','0006_require_contenttypes_0002','2024-01-01 08:00:12.012000'),
(13,'auth','0007_alter_validators_add_error_messages','2024-01-01 08:00:13.013000'),
(14,'auth','0008_alter_user_username_max_length','2024-01-01 08:00:14.014000'),
(15,'auth','0009_alter_user_last_name_max_length','2024-01-01 08:00:15.015000'),
(16,'auth','0010_alter_group_name_max_length','2024-01-01 08:00:16.016000'),
(17,'auth','0011_update_proxy_permissions','2024-01-01 08:00:17.017000'),
(18,'auth','0012_alter_user_first_name_max_length','2024-01-01 08:00:18.018000'),
(19,'sessions','0001_initial','2024-01-01 08:00:19.019000');
/*!40000 ALTER TABLE `django_migrations` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `django_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `django_session` WRITE;
/*!40000 ALTER TABLE `django_session` DISABLE KEYS */;
/*!40000 ALTER TABLE `django_session` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

