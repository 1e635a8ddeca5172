// The live supplier risk board: one OEM's suppliers ranked by risk, totals, trend, Pareto and 8D ageing, with a
// drill-down per supplier. Talks to the hub's SignalR endpoint /hubs/risk; every answer is the proto3 JSON of the
// partner API's messages (protos/supplyquality/v1), sent as a string. The page is the workbench's /board
// (Web/Pages/Board/BoardPage.razor): its language is the site's (<html lang>), its sign-in the session cookie, or a
// token given in the link (#token=...).
/* global signalR, Chart */

// ---------------------------------------------------------------------------------------------------------------
// Texts: every label exists in Simplified Chinese and English.

const TEXT = {
  zh: {
    boardTitle: '供应商质量风险看板',
    oem: '主机厂',
    connecting: '连接中…',
    connected: '已连接',
    reconnecting: '重新连接中…',
    disconnected: '已断开',
    reconnect: '重新连接',
    staleBanner: '与服务器的连接已中断，数字可能已过期；重新连接后将自动刷新。',
    openNcrs: '未关闭不合格 (NCR)',
    overdue8ds: '逾期 8D',
    ppm90: '近 90 天 PPM',
    copqMonth: '本月劣质成本 (COPQ)',
    openNcrsNote: (open, contained) => `未处理 ${open} · 已围堵 ${contained}`,
    overdue8dsNote: (open, ms) => `进行中 8D ${open} · 逾期节点 ${ms}`,
    ppmNote: (defective, received, target) => `不良 ${defective} / 来料 ${received}` + (target ? ` · 目标 ${target}` : ''),
    copqNote: 'NCR 成本，按币种',
    suppliers: '供应商风险排名',
    asOf: (t) => `数据时间 ${t}`,
    supplier: '供应商',
    riskScore: '风险分',
    topFactors: '主要风险因素',
    ppmVsTarget: 'PPM 90天 / 目标',
    lotVsFloor: '批次合格率 / 下限',
    critMajor: '致命 / 严重',
    overdueMilestones: '逾期节点',
    escalation: '升级级别',
    noSuppliers: '该主机厂暂无供应商。',
    noFactors: '无',
    trendTitle: '月度 PPM 趋势（近 12 个月）',
    paretoTitle: '不合格帕累托（按缺陷代码）',
    ageingTitle: '8D 账龄',
    ppm: 'PPM',
    ncrCount: 'NCR 数',
    cumulative: '累计 %',
    noData: '暂无数据',
    noOpen8ds: '没有进行中的 8D。',
    days: (n) => `${n} 天`,
    daysOpen: '已开天数',
    eightD: '8D',
    title: '标题',
    milestones: '节点',
    close: '关闭',
    loading: '加载中…',
    overview: '风险构成',
    factor: '因素',
    measured: '实测',
    reference: '参照',
    points: '得分',
    weight: '权重',
    parts: '零件',
    partNumber: '零件号',
    description: '描述',
    received: '来料数',
    defective: '不良数',
    ncrs: '不合格报告 (NCR)',
    eightDs: '8D 报告',
    escalationHistory: '升级历史',
    noEscalations: '未曾升级。',
    none: '无',
    ncrId: 'NCR 编号',
    defectCode: '缺陷代码',
    severity: '严重度',
    status: '状态',
    quantity: '数量',
    detectedAt: '发现时间',
    requestedAt: '发起时间',
    history: '履历',
    disciplines: '各阶段 (D0–D8)',
    revision: '版次',
    reviewComment: '审核意见',
    lot: '批次',
    cost: '成本',
    detectionPoint: '发现地点',
    at: '时间',
    actor: '操作人',
    action: '动作',
    detail: '说明',
    level: '级别',
    reason: '原因',
    clickForHistory: '点击一行查看履历',
    clickFor8d: '点击一行查看各阶段与履历',
    errorPrefix: '出错：',
    noOems: '尚未登记任何主机厂。',
    noToken: '未登录：请先登录，或打开带令牌的看板链接。',
  },
  en: {
    boardTitle: 'Supplier quality risk board',
    oem: 'OEM',
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    disconnected: 'Disconnected',
    reconnect: 'Reconnect',
    staleBanner: 'The connection to the server was lost; figures may be out of date and refresh when it is back.',
    openNcrs: 'Open NCRs',
    overdue8ds: 'Overdue 8Ds',
    ppm90: 'PPM, last 90 days',
    copqMonth: 'Cost of poor quality, this month',
    openNcrsNote: (open, contained) => `open ${open} · contained ${contained}`,
    overdue8dsNote: (open, ms) => `open 8Ds ${open} · overdue milestones ${ms}`,
    ppmNote: (defective, received, target) => `${defective} defective / ${received} received` + (target ? ` · target ${target}` : ''),
    copqNote: 'NCR costs, per currency',
    suppliers: 'Suppliers by risk',
    asOf: (t) => `as of ${t}`,
    supplier: 'Supplier',
    riskScore: 'Risk',
    topFactors: 'Top factors',
    ppmVsTarget: 'PPM 90d / target',
    lotVsFloor: 'Lot accept. / floor',
    critMajor: 'Critical / major',
    overdueMilestones: 'Overdue milestones',
    escalation: 'Escalation',
    noSuppliers: 'This OEM has no suppliers yet.',
    noFactors: 'none',
    trendTitle: 'Monthly PPM trend (last 12 months)',
    paretoTitle: 'NCR Pareto by defect code',
    ageingTitle: '8D ageing',
    ppm: 'PPM',
    ncrCount: 'NCRs',
    cumulative: 'Cumulative %',
    noData: 'No data yet',
    noOpen8ds: 'No open 8Ds.',
    days: (n) => `${n} d`,
    daysOpen: 'Days open',
    eightD: '8D',
    title: 'Title',
    milestones: 'Milestones',
    close: 'Close',
    loading: 'Loading…',
    overview: 'Risk factors',
    factor: 'Factor',
    measured: 'Measured',
    reference: 'Reference',
    points: 'Points',
    weight: 'Weight',
    parts: 'Parts',
    partNumber: 'Part number',
    description: 'Description',
    received: 'Received',
    defective: 'Defective',
    ncrs: 'Nonconformances (NCRs)',
    eightDs: '8D reports',
    escalationHistory: 'Escalation history',
    noEscalations: 'Never escalated.',
    none: 'none',
    ncrId: 'NCR',
    defectCode: 'Defect code',
    severity: 'Severity',
    status: 'Status',
    quantity: 'Qty',
    detectedAt: 'Detected',
    requestedAt: 'Requested',
    history: 'History',
    disciplines: 'Disciplines (D0–D8)',
    revision: 'Rev.',
    reviewComment: 'Review comment',
    lot: 'Lot',
    cost: 'Cost',
    detectionPoint: 'Detected at',
    at: 'When',
    actor: 'Who',
    action: 'Action',
    detail: 'Detail',
    level: 'Level',
    reason: 'Reason',
    clickForHistory: 'Click a row for its history',
    clickFor8d: 'Click a row for disciplines and history',
    errorPrefix: 'Error: ',
    noOems: 'No OEM is registered yet.',
    noToken: 'Not signed in: sign in first, or open a board link that carries a token.',
  },
};

// Enum names -> [Chinese, English].
const ENUMS = {
  RISK_FACTOR_KIND_PPM: ['PPM', 'PPM'],
  RISK_FACTOR_KIND_LOT_ACCEPTANCE: ['批次合格率', 'Lot acceptance'],
  RISK_FACTOR_KIND_CRITICAL_NONCONFORMANCES: ['致命不合格', 'Critical NCRs'],
  RISK_FACTOR_KIND_MAJOR_NONCONFORMANCES: ['严重不合格', 'Major NCRs'],
  RISK_FACTOR_KIND_OVERDUE_MILESTONES: ['8D 逾期节点', 'Overdue 8D milestones'],
  RISK_FACTOR_KIND_REPEAT_DEFECTS: ['重复缺陷', 'Repeat defects'],
  RISK_FACTOR_KIND_ESCALATION: ['升级管控', 'Escalation'],
  RISK_FACTOR_KIND_TREND: ['质量趋势', 'Trend'],
  RISK_FACTOR_KIND_UNSPECIFIED: ['未知因素', 'Unknown factor'],

  ESCALATION_LEVEL_UNSPECIFIED: ['正常', 'Normal'],
  ESCALATION_LEVEL_NORMAL: ['正常', 'Normal'],
  ESCALATION_LEVEL_CONTROLLED_SHIPPING_1: ['受控发运一级 (CS1)', 'Controlled shipping 1 (CS1)'],
  ESCALATION_LEVEL_CONTROLLED_SHIPPING_2: ['受控发运二级 (CS2)', 'Controlled shipping 2 (CS2)'],
  ESCALATION_LEVEL_NEW_BUSINESS_HOLD: ['暂停新业务', 'New-business hold'],

  RISK_BAND_UNSPECIFIED: ['未评估', 'Not rated'],
  RISK_BAND_LOW: ['低', 'Low'],
  RISK_BAND_ELEVATED: ['较高', 'Elevated'],
  RISK_BAND_HIGH: ['高', 'High'],
  RISK_BAND_CRITICAL: ['严重', 'Critical'],

  SEVERITY_UNSPECIFIED: ['—', '—'],
  SEVERITY_CRITICAL: ['致命', 'Critical'],
  SEVERITY_MAJOR: ['严重', 'Major'],
  SEVERITY_MINOR: ['轻微', 'Minor'],

  NONCONFORMANCE_STATUS_UNSPECIFIED: ['—', '—'],
  NONCONFORMANCE_STATUS_OPEN: ['未处理', 'Open'],
  NONCONFORMANCE_STATUS_CONTAINED: ['已围堵', 'Contained'],
  NONCONFORMANCE_STATUS_CLOSED: ['已关闭', 'Closed'],

  DETECTION_POINT_UNSPECIFIED: ['—', '—'],
  DETECTION_POINT_INCOMING_INSPECTION: ['来料检验', 'Incoming inspection'],
  DETECTION_POINT_PRODUCTION_LINE: ['生产线', 'Production line'],
  DETECTION_POINT_FIELD: ['客户/市场', 'Field'],

  EIGHT_D_STATUS_UNSPECIFIED: ['—', '—'],
  EIGHT_D_STATUS_OPEN: ['进行中', 'Open'],
  EIGHT_D_STATUS_CLOSED: ['已关闭', 'Closed'],

  MILESTONE_KIND_UNSPECIFIED: ['节点', 'Milestone'],
  MILESTONE_KIND_CONTAINMENT: ['围堵', 'Containment'],
  MILESTONE_KIND_ROOT_CAUSE_AND_CORRECTIVE_ACTION: ['根因与纠正措施', 'Root cause & corrective action'],
  MILESTONE_KIND_CLOSURE: ['关闭', 'Closure'],

  MILESTONE_STATE_UNSPECIFIED: ['—', '—'],
  MILESTONE_STATE_OPEN: ['未到期', 'Open'],
  MILESTONE_STATE_OVERDUE: ['逾期', 'Overdue'],
  MILESTONE_STATE_MET_ON_TIME: ['按时完成', 'Met on time'],
  MILESTONE_STATE_MET_LATE: ['延迟完成', 'Met late'],

  DISCIPLINE_UNSPECIFIED: ['—', '—'],
  DISCIPLINE_D0_PREPARATION: ['D0 准备与应急响应', 'D0 Preparation'],
  DISCIPLINE_D1_TEAM: ['D1 成立小组', 'D1 Team'],
  DISCIPLINE_D2_PROBLEM_DESCRIPTION: ['D2 问题描述', 'D2 Problem description'],
  DISCIPLINE_D3_CONTAINMENT: ['D3 临时围堵措施', 'D3 Containment'],
  DISCIPLINE_D4_ROOT_CAUSE: ['D4 根本原因', 'D4 Root cause'],
  DISCIPLINE_D5_CORRECTIVE_ACTIONS: ['D5 永久纠正措施', 'D5 Corrective actions'],
  DISCIPLINE_D6_VALIDATION: ['D6 实施与验证', 'D6 Validation'],
  DISCIPLINE_D7_PREVENTION: ['D7 预防再发', 'D7 Prevention'],
  DISCIPLINE_D8_CLOSURE: ['D8 关闭与表彰', 'D8 Closure'],

  DISCIPLINE_STATUS_UNSPECIFIED: ['—', '—'],
  DISCIPLINE_STATUS_NOT_SUBMITTED: ['未提交', 'Not submitted'],
  DISCIPLINE_STATUS_SUBMITTED: ['待审核', 'Submitted'],
  DISCIPLINE_STATUS_APPROVED: ['已批准', 'Approved'],
  DISCIPLINE_STATUS_REJECTED: ['已退回', 'Sent back'],
};

// History actions ("raised", "d3_submitted", ...) -> [Chinese, English]; unknown ones are shown as they are.
const ACTIONS = {
  raised: ['已提出', 'raised'],
  assigned_to_8d: ['已纳入 8D', 'assigned to 8D'],
  unassigned_from_8d: ['已移出 8D', 'removed from 8D'],
  contained: ['已围堵', 'contained'],
  closed: ['已关闭', 'closed'],
  requested: ['已发起', 'requested'],
  escalated: ['已升级', 'escalated'],
};
const DISCIPLINE_ACTIONS = { submitted: ['已提交', 'submitted'], approved: ['已批准', 'approved'], rejected: ['已退回', 'sent back'] };

const BAND_CLASS = {
  RISK_BAND_LOW: 'band-low',
  RISK_BAND_ELEVATED: 'band-elevated',
  RISK_BAND_HIGH: 'band-high',
  RISK_BAND_CRITICAL: 'band-critical',
};

const ESCALATION_CLASS = {
  ESCALATION_LEVEL_CONTROLLED_SHIPPING_1: 'esc-cs1',
  ESCALATION_LEVEL_CONTROLLED_SHIPPING_2: 'esc-cs2',
  ESCALATION_LEVEL_NEW_BUSINESS_HOLD: 'esc-hold',
};

const SNAPSHOT_REFRESH_MS = 2000;
const DETAIL_REFRESH_MS = 1000;

// ---------------------------------------------------------------------------------------------------------------
// State

const state = {
  lang: initialLanguage(),
  connection: 'connecting',
  oems: [],
  oemId: '',
  board: null, // the latest snapshot (RiskBoard): OEM names and the OEM-wide charts
  rows: new Map(), // supplierId -> SupplierScorecard shown
  subscription: 0, // grows with each subscription; answers of older ones are dropped
  lastSnapshotAt: 0,
  snapshotTimer: null,
  detail: null, // { supplierId, data, ncrId, ncr, eightDId, eightD }
  detailTimer: null,
};

// The site's language (the workbench's switch, else the browser's), as the server rendered it into <html lang>.
function initialLanguage() {
  return (document.documentElement.lang || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const t = (key, ...args) => {
  const v = TEXT[state.lang][key] ?? TEXT.en[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
};
const en = (name) => (ENUMS[name] ? ENUMS[name][state.lang === 'zh' ? 0 : 1] : (name || '—'));
const locale = () => (state.lang === 'zh' ? 'zh-CN' : 'en-GB');

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/** Builds an element; children are nodes or text (never parsed as HTML). */
function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const $ = (id) => document.getElementById(id);
const num = (v) => (v === undefined || v === null || v === '' ? 0 : Number(v));
const big = (v) => {
  try {
    return BigInt(v ?? 0);
  } catch {
    return 0n;
  }
};

function fmtInt(v) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(num(v));
}

function fmtNum(v, digits = 1) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

function fmtPct(v, digits = 1) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

function fmtScore(v) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(num(v));
}

function fmtMoney(amount, currency) {
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, currencyDisplay: 'symbol' }).format(amount);
  } catch {
    return `${fmtNum(amount, 2)} ${currency}`;
  }
}

function fmtTime(ts, withTime = true) {
  if (!ts) return '—';
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(), withTime ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'short' }).format(d);
}

const daysSince = (ts) => (ts ? Math.max(0, Math.floor((Date.now() - Date.parse(ts)) / 86_400_000)) : 0);

/** Decimal text ("1250.50") as an integer count of 1/10000, so sums are exact. */
function decimalUnits(text) {
  const m = /^\s*(-?)(\d*)(?:\.(\d*))?\s*$/.exec(String(text ?? ''));
  if (!m) return 0n;
  const units = BigInt(m[2] || '0') * 10000n + BigInt(((m[3] || '') + '0000').slice(0, 4));
  return m[1] === '-' ? -units : units;
}

const unitsToNumber = (units) => Number(units) / 10000;

function supplierNames(card) {
  const zh = card.supplierNameZh || '';
  const enName = card.supplierName || card.supplierId;
  return state.lang === 'zh' && zh ? [zh, enName] : [enName, zh];
}

function factorName(kind) {
  return en(kind);
}

function actionName(action) {
  if (ACTIONS[action]) return ACTIONS[action][state.lang === 'zh' ? 0 : 1];
  const m = /^d([0-8])_(submitted|approved|rejected)$/.exec(action || '');
  if (m) return `D${m[1]} ${DISCIPLINE_ACTIONS[m[2]][state.lang === 'zh' ? 0 : 1]}`;
  return action || '—';
}

// ---------------------------------------------------------------------------------------------------------------
// Connection

// A signed-in browser needs no token: its session cookie goes with the hub's requests. For links made for tools and
// older bookmarks, a token may be given once in the URL fragment (#token=..., never sent to the server in the URL),
// then kept for this browser tab only.
function accessToken() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem('sq.token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('sq.token') || '';
}

const connection = new signalR.HubConnectionBuilder()
  .withUrl('/hubs/risk', { accessTokenFactory: accessToken })
  .withAutomaticReconnect()
  .configureLogging(signalR.LogLevel.Warning)
  .build();

connection.on('scorecardsChanged', (json) => {
  let cards;
  try {
    cards = JSON.parse(json);
  } catch (e) {
    console.warn('scorecardsChanged: not JSON', e);
    return;
  }
  applyScorecards(Array.isArray(cards) ? cards : [cards]);
});

connection.onreconnecting(() => setConnection('reconnecting'));
connection.onreconnected(async () => {
  setConnection('connected');
  // The new connection is in no group: subscribe again and replace everything with the new snapshot.
  await subscribe(state.oemId, { replace: true });
});
connection.onclose(() => {
  setConnection('disconnected');
  scheduleRestart();
});

let restartTimer = null;
function scheduleRestart(delay = 5000) {
  if (restartTimer) return;
  restartTimer = setTimeout(async () => {
    restartTimer = null;
    await start();
  }, delay);
}

async function start() {
  if (connection.state !== signalR.HubConnectionState.Disconnected) return;
  setConnection(state.connection === 'disconnected' ? 'disconnected' : 'connecting');
  const page = document.querySelector('.board-page');
  if (!accessToken() && page && page.dataset.signedIn !== 'true') {
    // Neither a session nor a token: sign in, then come back here.
    setConnection('disconnected');
    showBanner(t('noToken'), 'error');
    if (page.dataset.signInUrl) location.assign(page.dataset.signInUrl);
    return;
  }
  try {
    await connection.start();
  } catch (e) {
    console.warn('Could not connect to /hubs/risk', e);
    setConnection('disconnected');
    scheduleRestart();
    return;
  }
  setConnection('connected');
  await loadOems();
  if (!state.oemId) {
    state.oemId = pickOem();
  }
  renderOemSelect();
  if (state.oemId) {
    await subscribe(state.oemId, { replace: true });
  } else {
    showBanner(t('noOems'), 'error');
  }
}

function setConnection(value) {
  state.connection = value;
  const el = $('connection-state');
  el.dataset.state = value;
  el.querySelector('.label').textContent = t(value);
  $('reconnect').hidden = value !== 'disconnected';
  document.body.classList.toggle('is-stale', value !== 'connected' && state.board !== null);
  if (value === 'connected') {
    hideBanner('stale');
  } else if (state.board !== null) {
    showBanner(t('staleBanner'), 'stale');
  }
}

async function invoke(method, ...args) {
  const answer = await connection.invoke(method, ...args);
  return typeof answer === 'string' ? JSON.parse(answer) : answer;
}

async function loadOems() {
  try {
    const answer = await invoke('ListOems');
    // The contract says a JSON array; a ListOemsResponse ({"oems": [...]}) is read too.
    state.oems = Array.isArray(answer) ? answer : (answer && Array.isArray(answer.oems) ? answer.oems : []);
  } catch (e) {
    showError(e);
    state.oems = [];
  }
}

function pickOem() {
  const wanted = new URLSearchParams(window.location.search).get('oem');
  if (wanted) return wanted;
  return state.oems.length > 0 ? state.oems[0].oemId : '';
}

/** Subscribes to an OEM and shows its snapshot; with replace, every row is replaced (no stale row kept). */
async function subscribe(oemId, { replace }) {
  if (!oemId || connection.state !== signalR.HubConnectionState.Connected) return;
  const token = ++state.subscription;
  clearTimeout(state.snapshotTimer);
  state.snapshotTimer = null;
  let board;
  try {
    board = await invoke('SubscribeOem', oemId);
  } catch (e) {
    if (token === state.subscription) showError(e);
    return;
  }
  if (token !== state.subscription || oemId !== state.oemId) return;
  state.lastSnapshotAt = Date.now();
  applySnapshot(board, replace);
  hideBanner('error');
}

async function switchOem(oemId) {
  if (oemId === state.oemId) return;
  state.oemId = oemId;
  const url = new URL(window.location.href);
  url.searchParams.set('oem', oemId);
  window.history.replaceState(null, '', url);
  closeDetail();
  state.board = null;
  state.rows = new Map();
  renderAll();
  try {
    await connection.invoke('Unsubscribe');
  } catch (e) {
    console.warn('Unsubscribe failed', e);
  }
  await subscribe(oemId, { replace: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Applying data

function applySnapshot(board, replace) {
  state.board = board;
  const rows = replace ? new Map() : state.rows;
  const next = new Map();
  for (const card of board.suppliers || []) {
    const shown = rows.get(card.supplierId);
    // A pushed scorecard newer than the snapshot's stays.
    next.set(card.supplierId, shown && isOlder(card, shown) ? shown : card);
  }
  if (!replace) {
    for (const [id, card] of rows) {
      if (!next.has(id)) next.set(id, card);
    }
  }
  state.rows = next;
  document.body.classList.toggle('is-stale', state.connection !== 'connected');
  renderAll();
  if (state.detail) scheduleDetailRefresh(0);
}

function isOlder(card, shown) {
  const a = big(card.version), b = big(shown.version);
  if (a !== b) return a < b;
  return Date.parse(card.asOf ?? 0) < Date.parse(shown.asOf ?? 0);
}

function applyScorecards(cards) {
  let changed = false;
  let detailChanged = false;
  for (const card of cards) {
    if (!card || card.oemId !== state.oemId || !card.supplierId) continue;
    const shown = state.rows.get(card.supplierId);
    // Older versions are stale. Equal versions pass when computed later: a milestone falling due changes the
    // figures without a new record, so only the time tells which is newer.
    if (shown && isOlder(card, shown)) continue;
    state.rows.set(card.supplierId, card);
    changed = true;
    if (state.detail && state.detail.supplierId === card.supplierId) detailChanged = true;
  }
  if (!changed) return;
  renderHeader();
  renderTotals();
  renderTable();
  renderAgeing();
  scheduleSnapshotRefresh();
  if (detailChanged) scheduleDetailRefresh(DETAIL_REFRESH_MS);
}

/** Re-reads the snapshot for the OEM-wide charts, at most every SNAPSHOT_REFRESH_MS. */
function scheduleSnapshotRefresh() {
  if (state.snapshotTimer) return;
  const wait = Math.max(250, state.lastSnapshotAt + SNAPSHOT_REFRESH_MS - Date.now());
  state.snapshotTimer = setTimeout(() => {
    state.snapshotTimer = null;
    subscribe(state.oemId, { replace: false });
  }, wait);
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: header, totals, table

function renderAll() {
  applyStaticTexts();
  renderHeader();
  renderTotals();
  renderTable();
  renderCharts();
  renderAgeing();
  renderDetail();
}

function applyStaticTexts() {
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  $('oem-select').setAttribute('aria-label', t('oem'));
  setConnection(state.connection);
  renderOemSelect();
}

function currentOemInfo() {
  const listed = state.oems.find((o) => o.oemId === state.oemId);
  const board = state.board && state.board.oemId === state.oemId ? state.board : null;
  return {
    name: (board && board.oemName) || (listed && listed.name) || state.oemId,
    nameZh: (board && board.oemNameZh) || (listed && listed.nameZh) || '',
  };
}

function renderHeader() {
  const info = currentOemInfo();
  $('oem-name-zh').textContent = info.nameZh;
  $('oem-name-en').textContent = info.name;
  const asOf = state.board && state.board.asOf;
  $('as-of').textContent = asOf ? t('asOf', fmtTime(asOf)) : '';
}

function renderOemSelect() {
  const select = $('oem-select');
  const oems = [...state.oems];
  if (state.oemId && !oems.some((o) => o.oemId === state.oemId)) {
    oems.push({ oemId: state.oemId, name: state.oemId, nameZh: '' });
  }
  select.replaceChildren(...oems.map((o) => {
    const label = state.lang === 'zh' && o.nameZh ? `${o.nameZh} · ${o.name}` : (o.nameZh ? `${o.name} · ${o.nameZh}` : o.name || o.oemId);
    return h('option', { value: o.oemId, selected: o.oemId === state.oemId }, label);
  }));
}

function computeTotals() {
  let open = 0;
  let contained = 0;
  let overdue8ds = 0;
  let open8ds = 0;
  let overdueMs = 0;
  let defective90 = 0n;
  let received90 = 0n;
  const copq = new Map();
  for (const card of state.rows.values()) {
    const f = card.figures || {};
    open += num(f.openNonconformances);
    contained += num(f.containedNonconformances);
    overdue8ds += num(f.overdueEightDs);
    open8ds += num(f.openEightDs);
    overdueMs += num(f.overdueMilestones);
    const w = card.last90Days || {};
    defective90 += big(w.defectiveQuantity);
    received90 += big(w.quantityReceived);
    for (const c of card.costOfPoorQuality || []) {
      copq.set(c.currency, (copq.get(c.currency) || 0n) + decimalUnits(c.thisMonth));
    }
  }
  const ppm = received90 > 0n ? (Number(defective90) / Number(received90)) * 1e6 : null;
  return { open, contained, openNcrs: open + contained, overdue8ds, open8ds, overdueMs, defective90, received90, ppm, copq };
}

function renderTotals() {
  const s = computeTotals();
  const hasRows = state.rows.size > 0 || state.board !== null;
  $('total-open-ncrs').textContent = hasRows ? fmtInt(s.openNcrs) : '—';
  $('total-open-ncrs').dataset.value = String(s.openNcrs);
  $('total-open-ncrs-note').textContent = hasRows ? t('openNcrsNote', fmtInt(s.open), fmtInt(s.contained)) : '';
  $('total-overdue-8ds').textContent = hasRows ? fmtInt(s.overdue8ds) : '—';
  $('total-overdue-8ds').dataset.value = String(s.overdue8ds);
  $('total-overdue-8ds').classList.toggle('bad', s.overdue8ds > 0);
  $('total-overdue-8ds-note').textContent = hasRows ? t('overdue8dsNote', fmtInt(s.open8ds), fmtInt(s.overdueMs)) : '';

  const first = state.rows.values().next().value;
  const target = first ? num(first.ppmTarget) : 0;
  $('total-ppm').textContent = s.ppm === null ? '—' : fmtNum(s.ppm, s.ppm < 100 ? 1 : 0);
  $('total-ppm').dataset.value = s.ppm === null ? '' : String(s.ppm);
  $('total-ppm').classList.toggle('bad', s.ppm !== null && target > 0 && s.ppm > target);
  $('total-ppm-note').textContent = hasRows
    ? t('ppmNote', fmtInt(Number(s.defective90)), fmtInt(Number(s.received90)), target > 0 ? fmtInt(target) : '')
    : '';

  const copqNode = $('total-copq');
  const entries = [...s.copq.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  if (entries.length === 0) {
    copqNode.replaceChildren(hasRows ? fmtNum(0, 2) : '—');
  } else {
    copqNode.replaceChildren(...entries.map(([currency, units]) => h('div', { class: 'money' }, fmtMoney(unitsToNumber(units), currency))));
  }
  copqNode.classList.toggle('multi', entries.length > 1);
  copqNode.dataset.value = entries.map(([c, u]) => `${unitsToNumber(u)} ${c}`).join('; ');
  $('total-copq-note').textContent = hasRows ? t('copqNote') : '';
}

function rankedRows() {
  return [...state.rows.values()].sort((a, b) => {
    const d = num(b.risk && b.risk.score) - num(a.risk && a.risk.score);
    if (d !== 0) return d;
    return (a.supplierName || a.supplierId).localeCompare(b.supplierName || b.supplierId);
  });
}

function topFactors(card, count = 3) {
  return [...((card.risk && card.risk.factors) || [])]
    .filter((f) => num(f.points) > 0)
    .sort((a, b) => num(b.points) - num(a.points))
    .slice(0, count);
}

function renderTable() {
  const body = $('supplier-rows');
  const rows = rankedRows();
  $('no-suppliers').hidden = rows.length > 0 || state.board === null;
  const selected = state.detail && state.detail.supplierId;
  body.replaceChildren(...rows.map((card, index) => supplierRow(card, index + 1, card.supplierId === selected)));
}

function supplierRow(card, rank, selected) {
  const f = card.figures || {};
  const risk = card.risk || {};
  const [primary, secondary] = supplierNames(card);
  const w90 = card.last90Days || {};
  const ppm90 = w90.ppm;
  const target = num(card.ppmTarget);
  const lot = w90.lotAcceptanceRate;
  const floor = num(card.lotAcceptanceFloor);
  const crit = num(f.unclosedCritical);
  const major = num(f.unclosedMajor);
  const overdueMs = num(f.overdueMilestones);
  const factors = topFactors(card);
  const escalation = card.escalation || 'ESCALATION_LEVEL_NORMAL';

  return h('tr', {
    class: selected ? 'selected' : '',
    tabindex: 0,
    dataset: { supplierId: card.supplierId, version: String(card.version ?? '') },
    onclick: () => openDetail(card.supplierId),
    onkeydown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        openDetail(card.supplierId);
      }
    },
  },
  h('td', { class: 'rank' }, rank),
  h('td', { class: 'name' }, h('div', { class: 'primary' }, primary), secondary ? h('div', { class: 'secondary' }, secondary) : null),
  h('td', { class: `num risk-score ${BAND_CLASS[risk.band] || 'band-none'}`, title: en(risk.band || 'RISK_BAND_UNSPECIFIED'), dataset: { band: risk.band || '' } },
    h('span', { class: 'score-pill' }, fmtScore(risk.score))),
  h('td', { class: 'factors' }, factors.length === 0
    ? h('span', { class: 'muted' }, t('noFactors'))
    : factors.map((x) => h('span', { class: 'chip', title: factorTooltip(x) }, factorName(x.kind), ' ', h('b', {}, `+${fmtNum(num(x.points), 1)}`)))),
  h('td', { class: `num ${ppm90 !== undefined && target > 0 && ppm90 > target ? 'bad' : ''}` },
    h('span', { class: 'value' }, ppm90 === undefined ? '—' : fmtNum(ppm90, ppm90 < 100 ? 1 : 0)), h('span', { class: 'vs' }, ` / ${target > 0 ? fmtInt(target) : '—'}`)),
  h('td', { class: `num ${lot !== undefined && floor > 0 && lot < floor ? 'bad' : ''}` },
    h('span', { class: 'value' }, fmtPct(lot)), h('span', { class: 'vs' }, ` / ${floor > 0 ? fmtPct(floor, 0) : '—'}`)),
  h('td', { class: 'num' }, h('span', { class: crit > 0 ? 'bad strong' : '' }, fmtInt(crit)), h('span', { class: 'vs' }, ' / '), h('span', { class: major > 0 ? 'warn' : '' }, fmtInt(major))),
  h('td', { class: `num ${overdueMs > 0 ? 'bad strong' : ''}` }, fmtInt(overdueMs)),
  h('td', { class: 'esc' }, h('span', { class: `esc-chip ${ESCALATION_CLASS[escalation] || 'esc-normal'}` }, en(escalation))));
}

function factorTooltip(f) {
  const measured = f.measured === undefined ? '—' : fmtNum(num(f.measured), 3);
  return `${factorName(f.kind)}: ${t('measured')} ${measured}, ${t('reference')} ${fmtNum(num(f.reference), 3)}, ` +
    `${t('points')} ${fmtNum(num(f.points), 1)} / ${fmtNum(num(f.weight), 1)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Charts

let trendChart = null;
let paretoChart = null;

function chartColors() {
  const css = getComputedStyle(document.documentElement);
  return {
    accent: css.getPropertyValue('--accent').trim() || '#2563eb',
    bar: css.getPropertyValue('--bar').trim() || '#94a3b8',
    red: css.getPropertyValue('--red').trim() || '#dc2626',
    grid: css.getPropertyValue('--grid').trim() || '#e5e7eb',
    text: css.getPropertyValue('--muted').trim() || '#6b7280',
  };
}

function setupChartDefaults() {
  const font = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = font;
  Chart.defaults.font.size = 11;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.color = chartColors().text;
  Chart.defaults.plugins.legend.labels.boxWidth = 10;
  Chart.defaults.plugins.legend.labels.boxHeight = 10;
}

function renderCharts() {
  if (typeof Chart === 'undefined') return;
  const board = state.board && state.board.oemId === state.oemId ? state.board : null;
  const colors = chartColors();

  // Monthly PPM trend: the last 12 of the snapshot's 24 months (oldest first); NCR counts as bars.
  const months = board ? (board.months || []).slice(-12) : [];
  const monthLabels = months.map((m) => (state.lang === 'zh' ? `${m.year}年${m.month}月` : `${m.year}-${String(m.month).padStart(2, '0')}`));
  const ppm = months.map((m) => (m.ppm === undefined ? null : m.ppm));
  const ncrs = months.map((m) => num(m.nonconformances));
  const trendData = {
    labels: monthLabels,
    datasets: [
      { type: 'line', label: t('ppm'), data: ppm, yAxisID: 'y', borderColor: colors.accent, backgroundColor: colors.accent, tension: 0.2, pointRadius: 2.5, spanGaps: true, order: 0 },
      { type: 'bar', label: t('ncrCount'), data: ncrs, yAxisID: 'y1', backgroundColor: colors.bar, order: 1, maxBarThickness: 18 },
    ],
  };
  const trendOptions = {
    responsive: true,
    interaction: { mode: 'index', intersect: false },
    scales: {
      y: { beginAtZero: true, title: { display: true, text: t('ppm') }, grid: { color: colors.grid } },
      y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: t('ncrCount') } },
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 6 } },
    },
    plugins: { legend: { position: 'top', align: 'end' } },
  };
  if (trendChart) {
    trendChart.data = trendData;
    trendChart.options = trendOptions;
    trendChart.update('none');
  } else {
    trendChart = new Chart($('trend-chart'), { type: 'bar', data: trendData, options: trendOptions });
  }

  // Pareto: NCRs per defect code, most first; the top 10 and the rest as one bar, with the cumulative share.
  const defects = board ? [...(board.defects || [])].sort((a, b) => num(b.nonconformances) - num(a.nonconformances)) : [];
  const top = defects.slice(0, 10);
  const rest = defects.slice(10).reduce((s, d) => s + num(d.nonconformances), 0);
  const labels = top.map((d) => d.defectCode);
  const counts = top.map((d) => num(d.nonconformances));
  if (rest > 0) {
    labels.push(state.lang === 'zh' ? '其他' : 'Other');
    counts.push(rest);
  }
  const total = counts.reduce((s, c) => s + c, 0);
  let running = 0;
  const cumulative = counts.map((c) => {
    running += c;
    return total > 0 ? Math.round((running / total) * 1000) / 10 : 0;
  });
  const paretoData = {
    labels,
    datasets: [
      { type: 'bar', label: t('ncrCount'), data: counts, yAxisID: 'y', backgroundColor: colors.accent, order: 1, maxBarThickness: 28 },
      { type: 'line', label: t('cumulative'), data: cumulative, yAxisID: 'y1', borderColor: colors.red, backgroundColor: colors.red, pointRadius: 2.5, order: 0 },
    ],
  };
  const paretoOptions = {
    responsive: true,
    interaction: { mode: 'index', intersect: false },
    scales: {
      y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: colors.grid }, title: { display: true, text: t('ncrCount') } },
      y1: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false }, ticks: { callback: (v) => `${v}%` } },
      x: { grid: { display: false }, ticks: { maxRotation: 45, autoSkip: false } },
    },
    plugins: { legend: { position: 'top', align: 'end' } },
  };
  if (paretoChart) {
    paretoChart.data = paretoData;
    paretoChart.options = paretoOptions;
    paretoChart.update('none');
  } else {
    paretoChart = new Chart($('pareto-chart'), { type: 'bar', data: paretoData, options: paretoOptions });
  }

  for (const [id, empty] of [['trend-chart', months.length === 0 || (ppm.every((p) => p === null) && ncrs.every((n) => n === 0))], ['pareto-chart', total === 0]]) {
    const box = $(id).parentElement;
    box.classList.toggle('no-data', empty);
    box.dataset.empty = t('noData');
  }
}

function renderAgeing() {
  const box = $('ageing');
  const board = state.board && state.board.oemId === state.oemId ? state.board : null;
  const open = board ? [...(board.openEightDs || [])] : [];
  if (!board) {
    box.replaceChildren();
    return;
  }
  if (open.length === 0) {
    box.replaceChildren(h('p', { class: 'empty' }, t('noOpen8ds')));
    return;
  }
  open.sort((a, b) => Date.parse(a.requestedAt || 0) - Date.parse(b.requestedAt || 0));
  const rows = open.map((r) => {
    const overdue = (r.milestones || []).some((m) => m.state === 'MILESTONE_STATE_OVERDUE');
    const card = state.rows.get(r.supplierId);
    const supplier = card ? supplierNames(card)[0] : r.supplierId;
    return h('tr', {
      class: overdue ? 'overdue' : '',
      dataset: { eightDId: r.eightDId },
      onclick: () => openDetail(r.supplierId, { eightDId: r.eightDId }),
    },
    h('td', { class: 'num days' }, t('days', daysSince(r.requestedAt))),
    h('td', { class: 'ageing-title' }, h('div', { class: 'primary' }, r.title || r.eightDId), h('div', { class: 'secondary' }, `${supplier} · ${r.eightDId}`)),
    h('td', { class: 'ms' }, milestoneChips(r.milestones)));
  });
  box.replaceChildren(h('table', { class: 'grid compact ageing' },
    h('thead', {}, h('tr', {}, h('th', { class: 'num' }, t('daysOpen')), h('th', {}, t('eightD')), h('th', {}, t('milestones')))),
    h('tbody', {}, rows)));
}

function milestoneChips(milestones) {
  return (milestones || []).map((m) => h('span', {
    class: `ms-chip ${String(m.state || '').toLowerCase().replace('milestone_state_', 'ms-')}`,
    title: `${en(m.kind)}: ${en(m.state)} · ${fmtTime(m.dueAt, false)}${m.metAt ? ` → ${fmtTime(m.metAt, false)}` : ''}`,
  }, en(m.kind), ' ', h('small', {}, en(m.state))));
}

// ---------------------------------------------------------------------------------------------------------------
// Drill-down

async function openDetail(supplierId, { eightDId = '', ncrId = '' } = {}) {
  const same = state.detail && state.detail.supplierId === supplierId;
  state.detail = {
    supplierId,
    data: same ? state.detail.data : null,
    ncrId: ncrId || (same ? state.detail.ncrId : ''),
    ncr: same && !ncrId ? state.detail.ncr : null,
    eightDId: eightDId || (same ? state.detail.eightDId : ''),
    eightD: same && !eightDId ? state.detail.eightD : null,
  };
  $('detail').hidden = false;
  document.body.classList.add('drawer-open');
  renderTable();
  renderDetail();
  await refreshDetail();
}

function closeDetail() {
  state.detail = null;
  clearTimeout(state.detailTimer);
  state.detailTimer = null;
  $('detail').hidden = true;
  document.body.classList.remove('drawer-open');
  renderTable();
}

function scheduleDetailRefresh(delay) {
  if (!state.detail || state.detailTimer) return;
  state.detailTimer = setTimeout(() => {
    state.detailTimer = null;
    refreshDetail();
  }, delay);
}

async function refreshDetail() {
  const d = state.detail;
  if (!d || connection.state !== signalR.HubConnectionState.Connected) return;
  const oemId = state.oemId;
  try {
    const [data, ncr, eightD] = await Promise.all([
      invoke('GetSupplierDetail', oemId, d.supplierId),
      d.ncrId ? invoke('GetNonconformance', d.ncrId) : Promise.resolve(null),
      d.eightDId ? invoke('GetEightD', d.eightDId) : Promise.resolve(null),
    ]);
    if (state.detail !== d || state.oemId !== oemId) return;
    d.data = data;
    d.ncr = ncr;
    d.eightD = eightD;
    renderDetail();
  } catch (e) {
    showError(e);
  }
}

async function selectNcr(id) {
  const d = state.detail;
  if (!d) return;
  d.ncrId = d.ncrId === id ? '' : id;
  d.ncr = null;
  renderDetail();
  if (!d.ncrId) return;
  try {
    const ncr = await invoke('GetNonconformance', id);
    if (state.detail === d && d.ncrId === id) {
      d.ncr = ncr;
      renderDetail();
      document.getElementById('ncr-history')?.scrollIntoView({ block: 'nearest' });
    }
  } catch (e) {
    showError(e);
  }
}

async function selectEightD(id) {
  const d = state.detail;
  if (!d) return;
  d.eightDId = d.eightDId === id ? '' : id;
  d.eightD = null;
  renderDetail();
  if (!d.eightDId) return;
  try {
    const report = await invoke('GetEightD', id);
    if (state.detail === d && d.eightDId === id) {
      d.eightD = report;
      renderDetail();
      document.getElementById('eightd-detail')?.scrollIntoView({ block: 'nearest' });
    }
  } catch (e) {
    showError(e);
  }
}

function renderDetail() {
  const d = state.detail;
  if (!d) return;
  const card = (d.data && d.data.scorecard) || state.rows.get(d.supplierId);
  const names = card ? supplierNames(card) : [d.supplierId, ''];
  $('detail-title').replaceChildren(names[0], names[1] ? h('small', {}, ` ${names[1]}`) : '');
  const body = $('detail-body');
  if (!d.data) {
    body.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    return;
  }
  const data = d.data;
  body.replaceChildren(
    riskSection(data.scorecard),
    partsSection(data.parts || []),
    ncrSection(data.nonconformances || [], d),
    eightDSection(data.eightDs || [], d),
    escalationSection(data.escalations || []),
  );
}

function section(title, ...content) {
  return h('section', { class: 'drawer-section' }, h('h3', {}, title), ...content);
}

function riskSection(card) {
  if (!card) return '';
  const risk = card.risk || {};
  const factors = [...(risk.factors || [])].sort((a, b) => num(b.points) - num(a.points));
  return section(t('overview'),
    h('div', { class: 'risk-summary' },
      h('span', { class: `score-pill big ${BAND_CLASS[risk.band] || 'band-none'}` }, fmtScore(risk.score)),
      h('span', {}, en(risk.band || 'RISK_BAND_UNSPECIFIED')),
      h('span', { class: `esc-chip ${ESCALATION_CLASS[card.escalation] || 'esc-normal'}` }, en(card.escalation || 'ESCALATION_LEVEL_NORMAL'))),
    h('table', { class: 'grid compact' },
      h('thead', {}, h('tr', {}, h('th', {}, t('factor')), h('th', { class: 'num' }, t('measured')), h('th', { class: 'num' }, t('reference')), h('th', { class: 'num' }, t('points')), h('th', { class: 'num' }, t('weight')))),
      h('tbody', {}, factors.map((f) => h('tr', { class: num(f.points) > 0 ? '' : 'dim' },
        h('td', { class: 'wrap' }, factorName(f.kind)),
        h('td', { class: 'num' }, f.measured === undefined ? '—' : fmtFactorValue(f.kind, f.measured)),
        h('td', { class: 'num' }, fmtFactorValue(f.kind, f.reference)),
        h('td', { class: 'num strong' }, fmtNum(num(f.points), 1)),
        h('td', { class: 'num' }, fmtNum(num(f.weight), 0)))))));
}

function fmtFactorValue(kind, v) {
  if (v === undefined || v === null) return '—';
  if (kind === 'RISK_FACTOR_KIND_LOT_ACCEPTANCE' || kind === 'RISK_FACTOR_KIND_REPEAT_DEFECTS') return fmtPct(num(v));
  if (kind === 'RISK_FACTOR_KIND_ESCALATION') return fmtNum(num(v), 0);
  return fmtNum(num(v), 2);
}

function partsSection(parts) {
  if (parts.length === 0) return section(t('parts'), h('p', { class: 'muted' }, t('none')));
  return section(t('parts'), h('table', { class: 'grid compact' },
    h('thead', {}, h('tr', {}, h('th', {}, t('partNumber')), h('th', {}, t('description')), h('th', { class: 'num' }, t('received')), h('th', { class: 'num' }, 'PPM'), h('th', { class: 'num' }, 'NCR'), h('th', { class: 'num' }, t('riskScore')))),
    h('tbody', {}, parts.map((p) => {
      const f = p.figures || {};
      const desc = state.lang === 'zh' && p.descriptionZh ? p.descriptionZh : (p.description || p.descriptionZh || '');
      return h('tr', {},
        h('td', { class: 'mono' }, p.partNumber),
        h('td', { class: 'wrap' }, desc),
        h('td', { class: 'num' }, fmtInt(f.quantityReceived)),
        h('td', { class: 'num' }, f.ppm === undefined ? '—' : fmtNum(f.ppm, 0)),
        h('td', { class: 'num' }, fmtInt(f.nonconformances)),
        h('td', { class: `num ${BAND_CLASS[p.risk && p.risk.band] || ''}` }, h('span', { class: 'score-pill' }, fmtScore(p.risk && p.risk.score))));
    }))));
}

function ncrSection(ncrs, d) {
  if (ncrs.length === 0) return section(t('ncrs'), h('p', { class: 'muted' }, t('none')));
  const rows = [];
  for (const n of ncrs) {
    const selected = n.nonconformanceId === d.ncrId;
    rows.push(h('tr', {
      class: `clickable ${selected ? 'selected' : ''} sev-${String(n.severity || '').toLowerCase()}`,
      tabindex: 0,
      dataset: { nonconformanceId: n.nonconformanceId },
      onclick: () => selectNcr(n.nonconformanceId),
      onkeydown: (e) => { if (e.key === 'Enter') selectNcr(n.nonconformanceId); },
    },
    h('td', { class: 'mono' }, n.nonconformanceId),
    h('td', { class: 'mono' }, n.partNumber),
    h('td', { class: 'mono' }, n.defectCode),
    h('td', {}, h('span', { class: `sev ${String(n.severity || '').toLowerCase()}` }, en(n.severity))),
    h('td', {}, en(n.status)),
    h('td', { class: 'num' }, fmtInt(n.defectiveQuantity)),
    h('td', {}, fmtTime(n.detectedAt, false))));
    if (selected) {
      rows.push(h('tr', { class: 'expansion' }, h('td', { colspan: 7, id: 'ncr-history' }, ncrDetail(d.ncr))));
    }
  }
  return section(t('ncrs'), h('p', { class: 'hint' }, t('clickForHistory')), h('table', { class: 'grid compact' },
    h('thead', {}, h('tr', {}, h('th', {}, t('ncrId')), h('th', {}, t('partNumber')), h('th', {}, t('defectCode')), h('th', {}, t('severity')), h('th', {}, t('status')), h('th', { class: 'num' }, t('quantity')), h('th', {}, t('detectedAt')))),
    h('tbody', {}, rows)));
}

function ncrDetail(ncr) {
  if (!ncr) return h('p', { class: 'muted' }, t('loading'));
  const cost = ncr.cost && ncr.cost.currency ? fmtMoney(unitsToNumber(decimalUnits(ncr.cost.amount)), ncr.cost.currency) : '—';
  return h('div', { class: 'sub-detail' },
    h('p', { class: 'description' }, ncr.description || ''),
    h('dl', { class: 'facts' },
      h('dt', {}, t('lot')), h('dd', {}, ncr.lotNumber || '—'),
      h('dt', {}, t('detectionPoint')), h('dd', {}, en(ncr.detectionPoint)),
      h('dt', {}, t('cost')), h('dd', {}, cost),
      h('dt', {}, t('eightD')), h('dd', {}, ncr.eightDId || '—')),
    h('h4', {}, t('history')),
    timeline(ncr.history || []));
}

function timeline(entries) {
  if (entries.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('ol', { class: 'timeline' }, entries.map((e) => h('li', {},
    h('time', { datetime: e.at || '' }, fmtTime(e.at)),
    h('span', { class: 'action' }, actionName(e.action)),
    e.actor ? h('span', { class: 'actor' }, e.actor) : '',
    e.detail ? h('div', { class: 'detail' }, e.detail) : '')));
}

function eightDSection(reports, d) {
  if (reports.length === 0) return section(t('eightDs'), h('p', { class: 'muted' }, t('none')));
  const rows = [];
  for (const r of reports) {
    const selected = r.eightDId === d.eightDId;
    const overdue = (r.milestones || []).some((m) => m.state === 'MILESTONE_STATE_OVERDUE');
    rows.push(h('tr', {
      class: `clickable ${selected ? 'selected' : ''} ${overdue ? 'overdue' : ''}`,
      tabindex: 0,
      dataset: { eightDId: r.eightDId },
      onclick: () => selectEightD(r.eightDId),
      onkeydown: (e) => { if (e.key === 'Enter') selectEightD(r.eightDId); },
    },
    h('td', { class: 'wrap' }, h('div', { class: 'primary' }, r.title || r.eightDId), h('div', { class: 'secondary mono' }, r.eightDId)),
    h('td', {}, en(r.status)),
    h('td', {}, fmtTime(r.requestedAt, false)),
    h('td', { class: 'ms' }, milestoneChips(r.milestones))));
    if (selected) {
      rows.push(h('tr', { class: 'expansion' }, h('td', { colspan: 4, id: 'eightd-detail' }, eightDDetail(d.eightD))));
    }
  }
  return section(t('eightDs'), h('p', { class: 'hint' }, t('clickFor8d')), h('table', { class: 'grid compact' },
    h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('status')), h('th', {}, t('requestedAt')), h('th', {}, t('milestones')))),
    h('tbody', {}, rows)));
}

function eightDDetail(report) {
  if (!report) return h('p', { class: 'muted' }, t('loading'));
  return h('div', { class: 'sub-detail' },
    h('h4', {}, t('disciplines')),
    h('ol', { class: 'disciplines' }, (report.disciplines || []).map((x) => h('li', {
      class: `disc ${String(x.status || '').toLowerCase().replace('discipline_status_', 'ds-')}`,
      title: x.reviewComment ? `${t('reviewComment')}: ${x.reviewComment}` : '',
    },
    h('span', { class: 'disc-name' }, en(x.discipline)),
    h('span', { class: 'disc-status' }, en(x.status)),
    num(x.revision) > 1 ? h('span', { class: 'disc-rev' }, `${t('revision')} ${x.revision}`) : '',
    x.reviewComment && x.status === 'DISCIPLINE_STATUS_REJECTED' ? h('div', { class: 'detail' }, x.reviewComment) : ''))),
    h('h4', {}, t('history')),
    timeline(report.history || []));
}

function escalationSection(changes) {
  if (changes.length === 0) return section(t('escalationHistory'), h('p', { class: 'muted' }, t('noEscalations')));
  return section(t('escalationHistory'), h('ol', { class: 'timeline' }, changes.map((c) => h('li', {},
    h('time', { datetime: c.at || '' }, fmtTime(c.at)),
    h('span', { class: `esc-chip ${ESCALATION_CLASS[c.level] || 'esc-normal'}` }, en(c.level)),
    c.actor ? h('span', { class: 'actor' }, c.actor) : '',
    c.reason ? h('div', { class: 'detail' }, c.reason) : ''))));
}

// ---------------------------------------------------------------------------------------------------------------
// Banner and errors

function showBanner(text, kind) {
  const banner = $('banner');
  banner.textContent = text;
  banner.dataset.kind = kind;
  banner.hidden = false;
}

function hideBanner(kind) {
  const banner = $('banner');
  if (banner.dataset.kind === kind) banner.hidden = true;
}

function showError(e) {
  const message = e && e.message ? e.message.replace(/^.*HubException: /, '') : String(e);
  console.warn(message);
  showBanner(t('errorPrefix') + message, 'error');
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring

function init() {
  $('oem-select').addEventListener('change', (e) => switchOem(e.target.value));
  $('detail-close').addEventListener('click', closeDetail);
  $('reconnect').addEventListener('click', () => {
    clearTimeout(restartTimer);
    restartTimer = null;
    start();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.detail) closeDetail();
  });
  // The drill-down drawer opens below the board's top bar (and the site's header while it is in view).
  const topbar = document.querySelector('.topbar');
  const setTopbarHeight = () => document.documentElement.style.setProperty('--topbar-h', `${Math.max(topbar.getBoundingClientRect().bottom, topbar.offsetHeight)}px`);
  new ResizeObserver(setTopbarHeight).observe(topbar);
  window.addEventListener('scroll', setTopbarHeight, { passive: true });
  setTopbarHeight();
  if (typeof Chart !== 'undefined') setupChartDefaults();
  state.oemId = new URLSearchParams(window.location.search).get('oem') || '';
  renderAll();
  start();
}

init();
