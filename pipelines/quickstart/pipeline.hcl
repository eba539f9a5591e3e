# The sender's pipeline: read a Django project's SQLite database, turn every
# value into its Django-native form, seal it for the receiver, and stream it
# over a WebSocket. Relative paths are taken from this file's folder.
#
#   rex run pipeline.hcl

source "sqlite" {
  path = "var/shop.sqlite3"
}

transform "django" {}

encrypt "hpke" {
  recipient_key = file("keys/receiver.pub")
  sender_key    = file("keys/sender.key")
}

sink "websocket" {
  url   = "ws://127.0.0.1:8765/rex"
  token = env("REX_TOKEN")
}
