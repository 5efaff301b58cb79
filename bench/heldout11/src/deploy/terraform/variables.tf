variable "vswitch_id" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "sms_sign_secret" {
  type      = string
  sensitive = true
  default   = "dVSBQ3jwRFMnK5HtMTBp5F7Gc1GpYGKc"
}

variable "alert_webhook" {
  type    = string
  default = "https://oapi.dingtalk.com/robot/send?access_token="
}
