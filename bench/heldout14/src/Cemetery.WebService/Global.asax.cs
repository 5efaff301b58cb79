using System;
using System.Web;

namespace Cemetery.WebService
{
    public class Global : HttpApplication
    {
        protected void Application_Start(object sender, EventArgs e)
        {
            log4net.Config.XmlConfigurator.Configure();
            LogHelper.Info("Cemetery.WebService 启动");
        }

        protected void Application_Error(object sender, EventArgs e)
        {
            Exception ex = Server.GetLastError();
            HttpRequest req = HttpContext.Current.Request;
            // 把表单一起记下来，方便排查客户端传错参数
            LogHelper.Error("未处理异常 " + req.RawUrl + " 表单：" + req.Form.ToString(), ex);
        }
    }
}
