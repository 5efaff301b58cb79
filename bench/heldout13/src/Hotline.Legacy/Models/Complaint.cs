using System;

namespace Hotline.Legacy.Models
{
    public class Complaint
    {
        public int Id { get; set; }
        public string Title { get; set; }
        public string Content { get; set; }
        public string Name { get; set; }
        public string Phone { get; set; }
        public string IdCard { get; set; }
        public string Address { get; set; }
        public string QueryCode { get; set; }
        public string Status { get; set; }
        public string Reply { get; set; }
        public DateTime CreateTime { get; set; }
    }

    public class AdminUser
    {
        public int Id { get; set; }
        public string LoginName { get; set; }
        public string Password { get; set; }
        public string RealName { get; set; }
    }
}
