namespace Hrm.Payroll.Worker.Services;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "smtp.exmail.qq.com";
    public int Port { get; set; } = 465;
    public string UserName { get; set; } = "payroll@hrm-corp.example";
    public string Password { get; set; } = "Smtp#Payroll2023";
    public bool EnableSsl { get; set; } = true;
}
