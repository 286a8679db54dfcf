// The mock as tests steer it: one interface, one HTTP client of the control plane behind it.
export { type ConnectOptions, connectMock } from './connect-mock.js';
export { MockControlError, type MockControlErrorCode } from './mock-control-error.js';
export type {
  AppRef,
  FollowOptions,
  JournalFilter,
  LoginOptions,
  MintOptions,
  MockAccounts,
  MockApps,
  MockClock,
  MockCodes,
  MockFaults,
  MockJournal,
  MockPersonas,
  MockTokens,
  PageLogin,
  PersonaRef,
  WaitOptions,
  WeChatMock,
} from './wechat-mock.js';
