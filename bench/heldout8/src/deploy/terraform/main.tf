terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.230"
    }
  }

  backend "oss" {
    bucket = "coldchain-tfstate"
    prefix = "prod"
    region = "cn-hangzhou"
  }
}

provider "alicloud" {
  region     = "cn-hangzhou"
  access_key = "LTAI5tBv7Kc2Xn9Qw4Mr8Hd1"
  secret_key = "Pz3kW8nQ1vL6tY9xR2mB5cJ0hG4fD7"
}

variable "rds_password" {
  type      = string
  sensitive = true
}

resource "alicloud_vpc" "main" {
  vpc_name   = "coldchain-prod"
  cidr_block = "10.20.0.0/16"
}

resource "alicloud_vswitch" "app" {
  vpc_id     = alicloud_vpc.main.id
  cidr_block = "10.20.8.0/24"
  zone_id    = "cn-hangzhou-h"
}

resource "alicloud_db_instance" "telemetry" {
  engine           = "SQLServer"
  engine_version   = "2019_std_ha"
  instance_type    = "mssql.x4.medium.s2"
  instance_storage = 200
  vswitch_id       = alicloud_vswitch.app.id
  instance_name    = "coldchain-telemetry"
}

resource "alicloud_db_account" "app" {
  db_instance_id   = alicloud_db_instance.telemetry.id
  account_name     = "cc_app"
  account_password = var.rds_password
}

resource "alicloud_db_account" "readonly" {
  db_instance_id   = alicloud_db_instance.telemetry.id
  account_name     = "bi_reader"
  account_password = "BiRead#2024cc"
}

resource "alicloud_kvstore_instance" "cache" {
  db_instance_name = "coldchain-redis"
  instance_class   = "redis.master.small.default"
  instance_type    = "Redis"
  engine_version   = "6.0"
  vswitch_id       = alicloud_vswitch.app.id
  password         = "Rds#Cold2024!"
}

resource "alicloud_kms_secret" "jwt" {
  secret_name                   = "coldchain-jwt-signing"
  secret_data                   = random_password.jwt.result
  version_id                    = "v1"
  force_delete_without_recovery = false
}

resource "random_password" "jwt" {
  length  = 48
  special = false
}

resource "alicloud_ram_user" "ci" {
  name = "coldchain-ci"
}

resource "alicloud_ram_login_profile" "ci" {
  user_name = alicloud_ram_user.ci.name
  password  = "CiLogin!88zq"
}

output "rds_connection" {
  value = alicloud_db_instance.telemetry.connection_string
}
