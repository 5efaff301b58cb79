terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud", version = "~> 1.220" }
  }
}

provider "alicloud" {
  region     = "cn-hangzhou"
  access_key = "LTAI5tk1uSjY65pewG7E2M0G"
  secret_key = "KmvIv39kkC24FTJ8uM6WKCXkKTO29qFb"
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "alicloud_db_instance" "groupbuy" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.1"
  instance_storage = 100
}

resource "alicloud_db_account" "app" {
  db_instance_id   = alicloud_db_instance.groupbuy.id
  account_name     = "groupbuy_app"
  account_password = var.db_password
}

resource "alicloud_kvstore_instance" "redis" {
  db_instance_name = "groupbuy-redis"
  instance_class   = "redis.master.small.default"
  password         = "Gb2024redis!Prod"
}
