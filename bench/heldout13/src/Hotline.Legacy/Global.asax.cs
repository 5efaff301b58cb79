using System;
using System.Web;
using System.Web.Mvc;
using System.Web.Routing;
using log4net;

namespace Hotline.Legacy
{
    public class MvcApplication : HttpApplication
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(MvcApplication));

        protected void Application_Start()
        {
            log4net.Config.XmlConfigurator.Configure();
            AreaRegistration.RegisterAllAreas();
            RouteConfig.RegisterRoutes(RouteTable.Routes);
        }

        protected void Application_Error(object sender, EventArgs e)
        {
            var ex = Server.GetLastError();
            var form = Request.Form.ToString();
            Log.Error("未处理异常 url=" + Request.RawUrl + " form=" + form, ex);
        }
    }
}
