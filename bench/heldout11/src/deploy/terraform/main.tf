terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.220"
    }
  }
  backend "oss" {
    bucket = "anju-tfstate"
    prefix = "crm/prod"
    region = "cn-hangzhou"
  }
}

provider "alicloud" {
  region     = "cn-hangzhou"
  access_key = "LTAI5tHq2Vn9Wc7XrB3mKpZs"
  secret_key = "JEWYCnC5jn7N7Md45hMQmErffFEh25"
}

resource "alicloud_db_instance" "crm" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.2c"
  instance_storage = 100
  vswitch_id       = var.vswitch_id
  security_ips     = ["10.30.0.0/16"]
}

resource "alicloud_db_account" "app" {
  db_instance_id   = alicloud_db_instance.crm.id
  account_name     = "anju_app"
  account_password = var.db_password
}

resource "alicloud_db_account" "readonly" {
  db_instance_id   = alicloud_db_instance.crm.id
  account_name     = "bi_reader"
  account_password = "BiRead#2023x"
  account_type     = "Normal"
}

resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "alicloud_kvstore_instance" "cache" {
  db_instance_name = "anju-cache"
  instance_class   = "redis.master.small.default"
  password         = random_password.redis.result
  vswitch_id       = var.vswitch_id
}

resource "alicloud_oss_bucket" "house" {
  bucket = "anju-house"
}

resource "alicloud_oss_bucket_acl" "house" {
  bucket = alicloud_oss_bucket.house.bucket
  acl    = "public-read"
}
