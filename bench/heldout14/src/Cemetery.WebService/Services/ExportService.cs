using System;
using System.Data;
using System.IO;
using System.Web;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace Cemetery.WebService
{
    public class ExportService
    {
        /// <summary>
        /// 导出购墓人台账（xls，放到网站 Export 目录，客户端再下载）
        /// </summary>
        public string ExportBuyers()
        {
            DataTable dt = DbHelperSQL.Query("select b.BuyerName, b.BuyerIdCard, b.BuyerPhone, b.Address, p.PlotNo from Buyer b join Plot p on p.BuyerId=b.Id");
            HSSFWorkbook wb = new HSSFWorkbook();
            ISheet sheet = wb.CreateSheet("购墓人");
            IRow head = sheet.CreateRow(0);
            string[] cols = { "姓名", "身份证号", "电话", "地址", "墓位" };
            for (int i = 0; i < cols.Length; i++) head.CreateCell(i).SetCellValue(cols[i]);
            int r = 1;
            foreach (DataRow row in dt.Rows)
            {
                IRow x = sheet.CreateRow(r++);
                x.CreateCell(0).SetCellValue(Convert.ToString(row["BuyerName"]));
                x.CreateCell(1).SetCellValue(EncryptHelper.DesDecrypt(Convert.ToString(row["BuyerIdCard"])));
                x.CreateCell(2).SetCellValue(EncryptHelper.DesDecrypt(Convert.ToString(row["BuyerPhone"])));
                x.CreateCell(3).SetCellValue(Convert.ToString(row["Address"]));
                x.CreateCell(4).SetCellValue(Convert.ToString(row["PlotNo"]));
            }
            string dir = HttpContext.Current.Server.MapPath("~/Export/");
            if (!Directory.Exists(dir)) Directory.CreateDirectory(dir);
            string file = "buyers_" + DateTime.Now.ToString("yyyyMMddHHmmss") + ".xls";
            using (FileStream fs = new FileStream(Path.Combine(dir, file), FileMode.Create)) wb.Write(fs);
            return "/Export/" + file;
        }

        /// <summary>
        /// 墓区空置统计
        /// </summary>
        public DataTable Vacancy()
        {
            return DbHelperSQL.Query("select Area, count(*) as Total, sum(case when Status=0 then 1 else 0 end) as Vacant from Plot group by Area order by Area");
        }
    }
}
