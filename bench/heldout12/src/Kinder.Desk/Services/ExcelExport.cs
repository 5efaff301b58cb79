using System;
using System.Data;
using System.IO;
using Kinder.Desk.Common;
using NPOI.HSSF.UserModel;

namespace Kinder.Desk.Services
{
    public class ExcelExport
    {
        public string ExportRoster(string className)
        {
            var dt = DbHelper.Query(@"select c.name, c.id_card_no, c.birth_date, c.allergy, g.name gname, g.mobile, g.address
                from child c join guardian g on g.child_id=c.id and g.is_primary=1 where c.class_name=@c",
                new System.Data.SqlClient.SqlParameter("@c", className ?? ""));
            var wb = new HSSFWorkbook();
            var sheet = wb.CreateSheet("花名册");
            var head = sheet.CreateRow(0);
            string[] titles = { "姓名", "身份证号", "出生日期", "过敏史", "监护人", "电话", "住址" };
            for (int i = 0; i < titles.Length; i++) head.CreateCell(i).SetCellValue(titles[i]);
            int rowIdx = 1;
            foreach (DataRow r in dt.Rows)
            {
                var row = sheet.CreateRow(rowIdx++);
                row.CreateCell(0).SetCellValue(r["name"].ToString());
                row.CreateCell(1).SetCellValue(r["id_card_no"].ToString());
                row.CreateCell(2).SetCellValue(Convert.ToDateTime(r["birth_date"]).ToString("yyyy-MM-dd"));
                row.CreateCell(3).SetCellValue(r["allergy"].ToString());
                row.CreateCell(4).SetCellValue(r["gname"].ToString());
                row.CreateCell(5).SetCellValue(r["mobile"].ToString());
                row.CreateCell(6).SetCellValue(r["address"].ToString());
            }
            var path = Path.Combine(AppConfig.ExportFolder, $"{className}_{DateTime.Now:yyyyMMdd}.xls");
            using (var fs = File.Create(path)) wb.Write(fs);
            return path;
        }

        public string ExportAttendance(DateTime month)
        {
            var dt = DbHelper.Query("select class_name, count(distinct child_id) n, sum(case when present=1 then 1 else 0 end) days from attendance where month(day)=@m group by class_name",
                new System.Data.SqlClient.SqlParameter("@m", month.Month));
            var path = Path.Combine(AppConfig.ExportFolder, $"出勤统计_{month:yyyyMM}.csv");
            using (var w = new StreamWriter(path))
            {
                w.WriteLine("班级,人数,出勤人天");
                foreach (DataRow r in dt.Rows) w.WriteLine($"{r["class_name"]},{r["n"]},{r["days"]}");
            }
            return path;
        }
    }
}
