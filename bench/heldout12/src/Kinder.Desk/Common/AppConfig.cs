using System.Configuration;

namespace Kinder.Desk.Common
{
    public static class AppConfig
    {
        public static string Campus => ConfigurationManager.AppSettings["CampusName"];
        public static string NvrHost => ConfigurationManager.AppSettings["NvrHost"];
        public static string NvrUser => ConfigurationManager.AppSettings["NvrUser"] ?? "admin";
        public static string NvrPassword => ConfigurationManager.AppSettings["NvrPassword"] ?? "Hik@2019";
        public static string ParentApiBase => ConfigurationManager.AppSettings["ParentApiBase"];
        public static string ParentApiToken => ConfigurationManager.AppSettings["ParentApiToken"];
        public static string ExportFolder => ConfigurationManager.AppSettings["ExportFolder"];
    }

    public class StaffUser
    {
        public int Id { get; set; }
        public string LoginName { get; set; }
        public string RealName { get; set; }
        public string Role { get; set; }
        public string ClassName { get; set; }
    }
}
