terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.110" }
  }
  backend "azurerm" {
    resource_group_name  = "rg-talenthub-tfstate"
    storage_account_name = "sttalenthubtfstate"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
  }
}

provider "azurerm" {
  features {}
}

variable "mongo_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_cosmosdb_account" "mongo" {
  name                = "cosmos-talenthub-prod"
  location            = "eastasia"
  resource_group_name = "rg-talenthub-prod"
  offer_type          = "Standard"
  kind                = "MongoDB"
  consistency_policy { consistency_level = "Session" }
  geo_location {
    location          = "eastasia"
    failover_priority = 0
  }
}

resource "azurerm_linux_function_app" "api" {
  name                       = "func-talenthub-prod"
  location                   = "eastasia"
  resource_group_name        = "rg-talenthub-prod"
  service_plan_id            = azurerm_service_plan.plan.id
  storage_account_name       = "sttalenthubfunc"
  storage_account_access_key = "yjnHIuDV8cIAfybsqdr9b5WnADBMk3sRey7phA8iPY6Lw2KFWHomKkRqaKRV1hFh13nTD8Srd32m8Q=="
  app_settings = {
    "Mongo__AdminPassword" = var.mongo_admin_password
    "KeyVault__Uri"        = "https://kv-talenthub-prod.vault.azure.net/"
  }
  site_config {}
}

resource "azurerm_postgresql_flexible_server" "reporting" {
  name                   = "psql-talenthub-reporting"
  resource_group_name    = "rg-talenthub-prod"
  location               = "eastasia"
  version                = "16"
  administrator_login    = "pgadmin"
  administrator_password = "mMzjTd9DxAbqsQm1ge6o"
  sku_name               = "B_Standard_B1ms"
}
