# The receiver: listen for a sender, check its token and key, and write what
# it sends into the destination project's database in one transaction.
#
#   rex serve receiver.hcl

listen "websocket" {
  address = "127.0.0.1:8765"
  token   = env("REX_TOKEN")
}

decrypt "hpke" {
  private_key     = file("keys/receiver.key")
  allowed_senders = [file("keys/sender.pub")]
}

transform "django" {}

destination "sqlite" {
  path = "var/dest.sqlite3"
}
