using System;

namespace Kinder.ParentApi.Models
{
    public class Parent
    {
        public int Id { get; set; }
        public string Mobile { get; set; }
        public string Name { get; set; }
        public string PwdHash { get; set; }
        public string PayPinHash { get; set; }
        public string PayPinSalt { get; set; }
        public string OpenId { get; set; }
    }

    public class ChildInfo
    {
        public int Id { get; set; }
        public string Name { get; set; }
        public string IdCardNo { get; set; }
        public DateTime BirthDate { get; set; }
        public string ClassName { get; set; }
        public string Allergy { get; set; }
        public string BloodType { get; set; }
        public string HomeAddress { get; set; }
    }

    public class Classmate
    {
        public string ChildName { get; set; }
        public string GuardianName { get; set; }
        public string GuardianMobile { get; set; }
        public string HomeAddress { get; set; }
    }

    public class LoginRequest
    {
        public string Mobile { get; set; }
        public string Password { get; set; }
    }

    public class PayRequest
    {
        public int ChildId { get; set; }
        public string Month { get; set; }
        public string Pin { get; set; }
    }
}
