/** What counsellors write in a demo check-in's free-text answers, by the situation it describes. */

export const CERTIFICATES = ['参加中级工考证培训', '已报名中级工职业技能鉴定', '已取得中级工职业资格证书', '参加高级工考证培训', '已取得高级工职业资格证书'];
export const COMPETITIONS = ['参加校技能节', '参加市级职业技能大赛', '入选省级技能大赛集训队'];
export const DORM = ['与室友有小矛盾，已调解', '宿舍内务需改进', '主动担任宿舍长'];
export const NOTES = ['学习态度认真', '积极参加班级活动', '担任班干部', '周末在校外兼职，已提醒注意安全', '技能训练进步明显'];

/** Family events that come with money trouble, as counsellors hear of them. */
export const FAMILY_EVENTS = ['父亲务工受伤，家庭收入中断', '母亲生病住院', '家中老人病重需要照顾', '家里房屋受灾', '父母离异，生活费无着落'];

/** What a 关注 month that passes says, by what was noticed. */
export const PASSING_WORRY = {
  attendance: '近期迟到、旷课增多，已谈话提醒',
  mental: '情绪低落，与同学交往少',
  health: '身体不适，请假就医',
} as const;

/** The notes of a check-in in the months before a student leaves, from first doubts to the end. */
export const DECLINE_NOTES = ['学习积极性下降，多次迟到', '旷课增多，称对专业不感兴趣', '多次流露退学想法，已与家长沟通', '家长希望学生回乡务工，劝说中'];

export const FOLLOW_UPS = {
  watch: ['两周后再次面谈，了解出勤情况', '与任课老师沟通学习情况', '关注情绪变化，必要时转介心理老师'],
  high: ['约家长来校面谈，共同制定帮扶计划', '报帮扶办协调，了解家庭困难情况', '每周面谈一次，跟踪出勤'],
} as const;
